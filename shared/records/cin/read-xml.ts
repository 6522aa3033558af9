/**
 * Reads a CIN census XML return (`Message` → `Header`, `Children` → `Child`)
 * with saxes, a streaming SAX parser that expands no external entities and
 * refuses undefined ones, into one table per repeating group (tables.ts).
 * The structure is checked against the schema as it is read (required
 * elements, repeats); values are checked once the census year is known
 * (check-values.ts). Elements the schema does not have are kept out of the
 * tables and reported as warnings.
 */
import { SaxesParser } from 'saxes';
import { FileRefusedError, type RecordProblem } from '../problem';
import { decodeOrRefuse, encodingProblem, refuse } from '../ssda903/refuse';
import { checkValues } from './check-values';
import { censusYearOf } from './year';
import { CIN_ROOT, columnOf, type CinNode } from './schema';
import { emptyTables, newRow, type RowIds } from './rows';
import { CIN_ID_COLUMN } from './tables';
import { addCinProblem, type CinResult, type CinRow } from './types';

/** No census value comes near this; a longer text is a damaged or foreign file. */
export const MAX_TEXT_LENGTH = 100_000;

type Frame = {
  readonly node: CinNode | undefined;
  readonly row: CinRow | undefined;
  readonly table: string | undefined;
  readonly ids: RowIds;
  readonly counts: Map<string, number>;
};

type Stray = { element: string; count: number };

/** Each schema node's children by element name, built once: a lookup per element read, not a search. */
const CHILDREN_BY_NAME = new WeakMap<CinNode, ReadonlyMap<string, CinNode>>();

function childNamed(node: CinNode | undefined, name: string): CinNode | undefined {
  if (node === undefined) return undefined;
  let byName = CHILDREN_BY_NAME.get(node);
  if (byName === undefined) {
    byName = new Map((node.children ?? []).map((child) => [child.name, child]));
    CHILDREN_BY_NAME.set(node, byName);
  }
  return byName.get(name);
}

/** A leaf holds text, never elements: its frame counts none, so all leaves share one empty count. */
const LEAF_COUNTS: Map<string, number> = new Map();

function structural(
  file: string,
  table: string | undefined,
  row: CinRow | undefined,
  column: string,
  message: string,
  rule: string,
): RecordProblem {
  return {
    rule: `cin.${table ?? 'Message'}.${column}.${rule}`,
    severity: 'error',
    file,
    ...(table === undefined ? {} : { sheet: table }),
    ...(row === undefined ? {} : { row: row.row }),
    column,
    message,
  };
}

/**
 * Reads a CIN census XML file (bytes or text). Throws FileRefusedError when
 * the file is not well-formed XML, is cut short, its root element is not
 * `Message`, or a text holds more than {@link MAX_TEXT_LENGTH} characters.
 */
export function readCinXml(file: string, input: Uint8Array | string): CinResult {
  const decoded = decodeOrRefuse(file, input, 'XML');
  const problems: RecordProblem[] = [];
  const encoding = encodingProblem(file, decoded);
  if (encoding !== undefined) problems.push(encoding);
  const tables = emptyTables();
  const seen = new Map<CinNode, { count: number; table?: string; row?: number }>();
  const unknown = new Map<string, number>();
  const stray: Stray[] = [];
  const stack: Frame[] = [];
  let childRows: CinRow[] = [];
  let text: string | undefined;
  let sawRoot = false;

  const problem = (p: RecordProblem, row?: CinRow): void => addCinProblem(problems, p, row);

  const parser = new SaxesParser({ position: true });
  parser.on('opentag', (tag) => {
    const parent = stack.at(-1);
    if (parent === undefined) {
      if (tag.name !== CIN_ROOT.name) {
        throw refuse(
          file,
          'cin.not-cin-xml',
          `the root element is <${tag.name}>, not <Message>, so this is not a CIN census return. Export the CIN census as XML from the case-management system.`,
        );
      }
      sawRoot = true;
      stack.push({ node: CIN_ROOT, row: undefined, table: undefined, ids: {}, counts: new Map() });
      return;
    }
    const node = childNamed(parent.node, tag.name);
    if (node === undefined) {
      if (parent.node !== undefined) unknown.set(tag.name, (unknown.get(tag.name) ?? 0) + 1);
      stack.push({ ...parent, node: undefined, counts: new Map() });
      text = undefined;
      return;
    }
    const count = (parent.counts.get(node.name) ?? 0) + 1;
    parent.counts.set(node.name, count);
    let row = parent.row;
    let table = parent.table;
    let ids = parent.ids;
    if (node.table !== undefined) {
      table = node.table;
      row = newRow(tables, node.table, ids);
      const idColumn = CIN_ID_COLUMN[node.table];
      if (idColumn !== undefined) {
        ids = { ...ids, [idColumn]: String(row.row) };
        row.values[idColumn] = String(row.row);
      }
      if (node.name === 'Child') childRows = [];
      childRows.push(row);
    }
    if (count > node.max) {
      problem(
        structural(
          file,
          table,
          row,
          node.name,
          `<${node.name}> is given ${count} times here; the schema allows ${node.max}. The first is kept.`,
          'repeated',
        ),
        row,
      );
    }
    const mark = seen.get(node);
    if (mark === undefined)
      seen.set(node, {
        count: 1,
        ...(table === undefined ? {} : { table }),
        ...(row === undefined ? {} : { row: row.row }),
      });
    else mark.count += 1;
    text = node.leaf === undefined ? undefined : '';
    stack.push({
      node,
      row,
      table,
      ids,
      counts: node.leaf === undefined ? new Map() : LEAF_COUNTS,
    });
  });
  parser.on('text', (chunk) => {
    if (text !== undefined) {
      text += chunk;
      if (text.length > MAX_TEXT_LENGTH) {
        const element = stack.at(-1)?.node?.name ?? '?';
        throw refuse(
          file,
          'cin.text-too-long',
          `<${element}> holds more than ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters; no CIN census item is anywhere near that long, so the file is damaged or is not a census. Export it again.`,
        );
      }
      return;
    }
    if (chunk.trim() === '') return;
    const element = stack.at(-1)?.node?.name;
    if (element === undefined) return;
    const known = stray.find((item) => item.element === element);
    if (known === undefined) stray.push({ element, count: 1 });
    else known.count += 1;
  });
  parser.on('closetag', () => {
    const frame = stack.pop();
    const node = frame?.node;
    if (frame === undefined || node === undefined) return;
    if (node.leaf !== undefined) {
      const value = (text ?? '').trim();
      text = undefined;
      const row = frame.row;
      const column = columnOf(node);
      if (row !== undefined && (row.values[column] ?? '') === '') row.values[column] = value;
      return;
    }
    text = undefined;
    for (const child of node.children ?? []) {
      if (child.min === 0 || (frame.counts.get(child.name) ?? 0) > 0) continue;
      // Gender until 2024, sex from 2025: either satisfies the requirement; the year check says which.
      if (child.name === 'GenderCurrent' || child.name === 'Sex') {
        if ((frame.counts.get('GenderCurrent') ?? 0) + (frame.counts.get('Sex') ?? 0) > 0) continue;
        if (child.name === 'GenderCurrent') continue;
      }
      problem(
        structural(
          file,
          frame.table,
          frame.row,
          columnOf(child),
          `<${node.name}> has no <${child.name}>, which the census schema requires.`,
          'required',
        ),
        frame.row,
      );
    }
    if (node.name === 'Child') {
      const id = childRows[0]?.values['LAchildID'] ?? '';
      for (const row of childRows) row.values['LAchildID'] = id;
      childRows = [];
    }
  });

  const fail = (error: unknown, reason: string, what: string): never => {
    if (error instanceof FileRefusedError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw refuse(
      file,
      reason,
      `${what} (${detail}). Export the CIN census XML again, or copy the whole file.`,
    );
  };
  try {
    parser.write(decoded.text);
  } catch (error: unknown) {
    fail(error, 'cin.malformed-xml', 'the XML is not well formed');
  }
  try {
    parser.close();
  } catch (error: unknown) {
    fail(
      error,
      'cin.truncated-xml',
      'the XML ends before its elements are closed, so it looks cut short',
    );
  }
  if (!sawRoot) {
    throw refuse(
      file,
      'cin.not-cin-xml',
      'there is no <Message> element: this is not a CIN census return.',
    );
  }

  for (const [element, count] of unknown) {
    problem({
      rule: 'cin.xml.unknown-element',
      severity: 'warning',
      file,
      value: element,
      message: `The element <${element}> (${count}×) is not part of the CIN census return and was not kept. Check the export settings.`,
    });
  }
  for (const { element, count } of stray) {
    problem({
      rule: 'cin.xml.stray-text',
      severity: 'warning',
      file,
      value: element,
      message: `Text sits directly inside <${element}> (${count}×), outside any item, and was ignored. The export has probably put a value in the wrong place.`,
    });
  }
  const year = censusYearOf(tables.Header[0]);
  if (year.note !== undefined) {
    problem(
      {
        rule: 'cin.Header.ReferenceDate.year',
        file,
        sheet: 'Header',
        column: 'ReferenceDate',
        ...year.note,
      },
      tables.Header[0],
    );
  }
  checkValues(file, tables, seen, year.schemaYear, problems);
  return {
    kind: 'cin-census',
    file,
    tables,
    problems,
    year: year.year,
    schemaYear: year.schemaYear,
    encoding: decoded.encoding,
  };
}
