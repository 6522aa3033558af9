/**
 * Reads an SSDA903 XML return (`EXPSSDA903`, CLA.xsd "Expanded SSDA903 Return
 * 2021") with saxes, a streaming SAX parser, into the same tables as the CSVs.
 * The mapping is the validator's (`ingress.read_xml_from_text`): `CHILDID` is
 * CHILD and `PL` is PLACE; each CHILD gives a Header row (with UASC), a UASC
 * row when UASC is set, an OC3 row when IN_TOUCH is set, an AD1 row when
 * DATE_INT is set, and one row per EPISODE, AREVIEW (Reviews), AMISSING
 * (Missing), OC2, PERMANENCE (PrevPerm) and AD_PLACED (PlacedAdoption), each
 * carrying the child's CHILD and DOB (and SEX for UASC). An empty element
 * (`<DEC />`) is a blank value.
 */
import { SaxesParser } from 'saxes';
import { FileRefusedError, type RecordProblem } from '../problem';
import { decodeOrRefuse, encodingProblem, refuse } from './refuse';
import { checkCells, type CellCheckOptions } from './spec-cells';
import { TABLE_COLUMNS, xmlColumns, type TableName } from './tables';
import { addProblem, type Ssda903Row, type Ssda903XmlResult } from './types';

/** The tables an XML return holds (it has no SW_Episodes or DoLo). */
const XML_TABLES = [
  'Header',
  'Episodes',
  'UASC',
  'Reviews',
  'OC2',
  'OC3',
  'AD1',
  'PlacedAdoption',
  'PrevPerm',
  'Missing',
] as const satisfies readonly TableName[];

/** Element names that differ from the CSV column names. */
const RENAMED: Readonly<Record<string, string>> = { CHILDID: 'CHILD', PL: 'PLACE' };

/** Repeating groups: the element and the table each instance becomes a row of. */
const GROUPS: Readonly<Record<string, TableName>> = {
  EPISODE: 'Episodes',
  AREVIEW: 'Reviews',
  AMISSING: 'Missing',
  OC2: 'OC2',
  PERMANENCE: 'PrevPerm',
  AD_PLACED: 'PlacedAdoption',
};

/** Leaf elements directly inside HEADER (by CSV name). */
const HEADER_LEAVES = new Set([
  ...xmlColumns('Header'),
  'DUC',
  ...TABLE_COLUMNS.OC3,
  ...TABLE_COLUMNS.AD1,
]);

type Values = Record<string, string>;

type ChildRecord = { header: Values; groups: Array<{ table: TableName; values: Values }> };

function columnName(element: string): string {
  return RENAMED[element] ?? element;
}

/** Whether `element` is an expected leaf at this place (`parent` is its parent's name). */
function isKnownLeaf(parent: string, column: string): boolean {
  if (parent === 'HEADER') return HEADER_LEAVES.has(column);
  const table = GROUPS[parent];
  return table !== undefined && TABLE_COLUMNS[table].includes(column);
}

function rowOf(columns: readonly string[], sources: readonly Values[], row: number): Ssda903Row {
  const values: Values = {};
  for (const column of columns) {
    let value = '';
    for (const source of sources) value = source[column] ?? value;
    values[column] = value;
  }
  return { row, values, problems: [] };
}

/**
 * Reads an SSDA903 XML file (bytes or text) and checks every cell against the
 * spec of `options.year` (by default the year the file's own episodes imply;
 * spec-cells.ts). Throws FileRefusedError when the file is not well-formed
 * XML, is cut short (unclosed elements), or its root element is not
 * `EXPSSDA903`.
 */
export function read903Xml(
  file: string,
  input: Uint8Array | string,
  options: CellCheckOptions = {},
): Ssda903XmlResult {
  const result = readXmlTables(file, input);
  checkCells(result, options);
  return result;
}

/** Reads an SSDA903 XML return without checking its cells (the caller does, once the year is known). */
export function readXmlTables(file: string, input: Uint8Array | string): Ssda903XmlResult {
  const decoded = decodeOrRefuse(file, input, 'XML');
  const problems: RecordProblem[] = [];
  const encoding = encodingProblem(file, decoded);
  if (encoding !== undefined) problems.push(encoding);

  const tables: Record<string, Ssda903Row[]> = {};
  for (const table of XML_TABLES) tables[table] = [];
  const emit = (table: TableName, sources: readonly Values[]): void => {
    const rows = tables[table] ?? [];
    rows.push(rowOf(xmlColumns(table), sources, rows.length + 1));
  };
  const emitChild = ({ header, groups }: ChildRecord): void => {
    emit('Header', [header]);
    if ((header.UASC ?? '') !== '') emit('UASC', [header]);
    if ((header.IN_TOUCH ?? '') !== '') emit('OC3', [header]);
    if ((header.DATE_INT ?? '') !== '') emit('AD1', [header]);
    const key = { CHILD: header.CHILD ?? '', DOB: header.DOB ?? '' };
    for (const item of groups) emit(item.table, [key, item.values]);
  };
  const unknown = new Map<string, number>();
  let sawRoot = false;

  const stack: string[] = [];
  let child: ChildRecord | undefined;
  let group: Values | undefined;
  let text: string | undefined;

  const parser = new SaxesParser({ position: true });
  parser.on('opentag', (tag) => {
    if (stack.length === 0 && tag.name !== 'EXPSSDA903') {
      throw refuse(
        file,
        'ssda903.not-903-xml',
        `the root element is <${tag.name}>, not <EXPSSDA903>, so this is not an SSDA903 XML return. ` +
          `Export the 903 return as XML from the case-management system.`,
      );
    }
    sawRoot = true;
    const parent = stack.at(-1) ?? '';
    stack.push(tag.name);
    text = '';
    if (stack.length === 2 && tag.name === 'CHILD') {
      child = { header: {}, groups: [] };
    } else if (
      child !== undefined &&
      (parent === 'HEADER' || parent === 'CHILD') &&
      GROUPS[tag.name]
    ) {
      group = {};
      child.groups.push({ table: GROUPS[tag.name] ?? 'Episodes', values: group });
    }
  });
  parser.on('text', (chunk) => {
    if (text !== undefined) text += chunk;
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    const parent = stack.at(-1) ?? '';
    const leaf = text;
    text = undefined;
    if (GROUPS[tag.name] !== undefined) {
      group = undefined;
    } else if (tag.name === 'CHILD' && stack.length === 1) {
      if (child !== undefined) emitChild(child);
      child = undefined;
    } else if (
      leaf !== undefined &&
      stack.length >= 3 &&
      isKnownLeaf(parent, columnName(tag.name))
    ) {
      // A leaf value of the child's header or of the group it is in.
      if (parent === 'HEADER') {
        if (child !== undefined) child.header[columnName(tag.name)] = leaf;
      } else if (group !== undefined) {
        group[columnName(tag.name)] = leaf;
      }
    } else if (stack.length > 0 && tag.name !== 'HEADER') {
      unknown.set(tag.name, (unknown.get(tag.name) ?? 0) + 1);
    }
  });

  const fail = (error: unknown, reason: string, what: string): never => {
    if (error instanceof FileRefusedError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw refuse(
      file,
      reason,
      `${what} (${detail}). Export the 903 XML again, or copy the whole file.`,
    );
  };
  try {
    parser.write(decoded.text);
  } catch (error: unknown) {
    fail(error, 'ssda903.malformed-xml', 'the XML is not well formed');
  }
  try {
    parser.close();
  } catch (error: unknown) {
    fail(
      error,
      'ssda903.truncated-xml',
      'the XML ends before its elements are closed, so it looks cut short',
    );
  }
  if (!sawRoot) {
    throw refuse(
      file,
      'ssda903.not-903-xml',
      'there is no <EXPSSDA903> element: this is not an SSDA903 XML return.',
    );
  }

  for (const [element, count] of unknown) {
    addProblem(problems, {
      rule: '903.xml.unknown-element',
      severity: 'warning',
      file,
      value: element,
      message: `The element <${element}> (${count}×) is not part of the SSDA903 XML return and was ignored. Check the export settings.`,
    });
  }
  const result: Record<string, readonly Ssda903Row[]> = {};
  for (const table of XML_TABLES) result[table] = tables[table] ?? [];
  return { kind: 'ssda903-xml', file, tables: result, problems, encoding: decoded.encoding };
}
