/**
 * Turns the XML events of a census (an element opened, its text, closed)
 * into its tables, checking the structure against the schema as it goes:
 * required elements, repeats, elements the schema does not have, text where
 * none belongs. The events come from the single-pass scan (xml-scan.ts) or,
 * for a file it leaves alone, from saxes; each pass starts a fresh reading.
 */
import type { RecordProblem } from '../problem';
import { refuse } from '../ssda903/refuse';
import { leafText } from './leaf-text';
import { emptyTables, newRow } from './rows';
import { childNamed, compiledSchema, isNamed, type Shape } from './shape';
import type { CinTable } from './tables';
import { addCinProblem, type CinRow } from './types';

/** No census value comes near this; a longer text is a damaged or foreign file. */
export const MAX_TEXT_LENGTH = 100_000;

/** Where an element was first seen, and how often. */
export type Seen = { count: number; readonly table?: string; readonly row?: number };

export type Reading = {
  readonly tables: Record<CinTable, CinRow[]>;
  readonly problems: RecordProblem[];
  readonly seen: Map<Shape['node'], Seen>;
  /** Elements the schema does not have, by name, and how often. */
  readonly unknown: Map<string, number>;
  /** Text directly inside a group, by the group's name, in the order first met. */
  readonly stray: Map<string, number>;
  sawRoot: boolean;
};

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

/** A fresh reading of `file`, its problems starting with `first`, and the handlers that fill it. */
export function startReading(
  file: string,
  first: readonly RecordProblem[],
): {
  reading: Reading;
  open: (source: string, start: number, end: number) => void;
  text: (text: string, start: number, end: number, blank: boolean) => void;
  close: () => void;
  finish: () => void;
} {
  const schema = compiledSchema();
  const reading: Reading = {
    tables: emptyTables(),
    problems: [...first],
    seen: new Map(),
    unknown: new Map(),
    stray: new Map(),
    sawRoot: false,
  };
  const { tables, problems, unknown, stray } = reading;
  const seenCount = new Int32Array(schema.count);
  const firstSeen: (Seen | undefined)[] = Array.from({ length: schema.count }, () => undefined);
  const seenOrder: Shape[] = [];
  // The open elements, one entry per depth: its shape (undefined when not in
  // the schema), the row it writes to, and where its children's counts start.
  const shapes: (Shape | undefined)[] = [];
  const rows: (CinRow | undefined)[] = [];
  const bases: number[] = [];
  // Per depth, the position of the child met last: where the next search for a child starts.
  const hints: number[] = [];
  let depth = 0;
  let counts = new Int32Array(256);
  let countsTop = 0;
  let childRows: CinRow[] = [];
  const text = leafText();

  const push = (shape: Shape | undefined, row: CinRow | undefined): void => {
    shapes[depth] = shape;
    rows[depth] = row;
    bases[depth] = countsTop;
    hints[depth] = 0;
    depth += 1;
    const width = shape === undefined || shape.leaf ? 0 : shape.children.length;
    if (countsTop + width > counts.length) {
      const grown = new Int32Array(Math.max(counts.length * 2, countsTop + width));
      grown.set(counts);
      counts = grown;
    }
    for (let at = countsTop; at < countsTop + width; at += 1) counts[at] = 0;
    countsTop += width;
  };

  const open = (source: string, start: number, end: number): void => {
    if (depth === 0) {
      if (!isNamed(schema.root, source, start, end)) {
        throw refuse(
          file,
          'cin.not-cin-xml',
          `the root element is <${source.slice(start, end)}>, not <Message>, so this is not a CIN census return. Export the CIN census as XML from the case-management system.`,
        );
      }
      reading.sawRoot = true;
      push(schema.root, undefined);
      return;
    }
    const parentShape = shapes[depth - 1];
    const parentRow = rows[depth - 1];
    const shape =
      parentShape === undefined
        ? undefined
        : childNamed(parentShape, source, start, end, hints[depth - 1] ?? 0);
    if (parentShape === undefined || shape === undefined) {
      if (parentShape !== undefined) {
        const name = source.slice(start, end);
        unknown.set(name, (unknown.get(name) ?? 0) + 1);
      }
      push(undefined, parentRow);
      text.end();
      return;
    }
    hints[depth - 1] = shape.index;
    const at = (bases[depth - 1] ?? 0) + shape.index;
    const count = (counts[at] ?? 0) + 1;
    counts[at] = count;
    const table = shape.within;
    let row = parentRow;
    if (shape.table !== undefined) {
      row = newRow(tables, shape.table, parentRow);
      if (shape.table === 'Children') childRows = [];
      childRows.push(row);
    }
    if (count > shape.node.max) {
      addCinProblem(
        problems,
        structural(
          file,
          table,
          row,
          shape.node.name,
          `<${shape.node.name}> is given ${count} times here; the schema allows ${shape.node.max}. The first is kept.`,
          'repeated',
        ),
        row,
      );
    }
    seenCount[shape.id] = (seenCount[shape.id] ?? 0) + 1;
    if (firstSeen[shape.id] === undefined) {
      seenOrder.push(shape);
      firstSeen[shape.id] = {
        count: 0,
        ...(table === undefined ? {} : { table }),
        ...(row === undefined ? {} : { row: row.row }),
      };
    }
    if (shape.leaf) text.begin();
    else text.end();
    push(shape, row);
  };

  const onText = (source: string, start: number, end: number, blank: boolean): void => {
    if (text.inLeaf()) {
      if (text.add(source, start, end) > MAX_TEXT_LENGTH) {
        const element = shapes[depth - 1]?.node.name ?? '?';
        throw refuse(
          file,
          'cin.text-too-long',
          `<${element}> holds more than ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters; no CIN census item is anywhere near that long, so the file is damaged or is not a census. Export it again.`,
        );
      }
      return;
    }
    if (blank || depth === 0) return;
    const element = shapes[depth - 1]?.node.name;
    if (element === undefined || source.slice(start, end).trim() === '') return;
    stray.set(element, (stray.get(element) ?? 0) + 1);
  };

  const close = (): void => {
    depth -= 1;
    const shape = shapes[depth];
    const row = rows[depth];
    const base = bases[depth] ?? 0;
    countsTop = base;
    if (shape === undefined) return;
    if (shape.leaf) {
      const value = text.take(shape.shared);
      if (row !== undefined && (row.values[shape.column] ?? '') === '')
        row.values[shape.column] = value;
      return;
    }
    text.end();
    for (const child of shape.required) {
      if ((counts[base + child.index] ?? 0) > 0) continue;
      // Gender until 2024, sex from 2025: either satisfies the requirement; the year check says which.
      if (child.node.name === 'GenderCurrent' || child.node.name === 'Sex') {
        const gender = shape.byName.get('GenderCurrent');
        const sex = shape.byName.get('Sex');
        const given =
          (gender === undefined ? 0 : (counts[base + gender.index] ?? 0)) +
          (sex === undefined ? 0 : (counts[base + sex.index] ?? 0));
        if (given > 0 || child.node.name === 'GenderCurrent') continue;
      }
      addCinProblem(
        problems,
        structural(
          file,
          shape.within,
          row,
          child.column,
          `<${shape.node.name}> has no <${child.node.name}>, which the census schema requires.`,
          'required',
        ),
        row,
      );
    }
    if (shape.table === 'Children') {
      const id = childRows[0]?.values['LAchildID'] ?? '';
      for (const each of childRows) each.values['LAchildID'] = id;
      childRows = [];
    }
  };

  // Where each element of the schema was first seen, in document order, and how often.
  const finish = (): void => {
    for (const shape of seenOrder) {
      const where = firstSeen[shape.id];
      if (where === undefined) continue;
      where.count = seenCount[shape.id] ?? 0;
      reading.seen.set(shape.node, where);
    }
  };

  return { reading, open, text: onText, close, finish };
}
