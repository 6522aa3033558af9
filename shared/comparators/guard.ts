import type { Cell, ComparatorDataset, DatasetMeasure } from './types';

/*
 * A hand-written check of the dataset's shape, for the bundled copy read at
 * start-up: the zod schema in types.ts says the same but takes several times
 * longer over the ~30,000 figures, and the bundled text is already held to a
 * fresh build by a unit test. Stored updates go through the zod schema.
 */

type Obj = Readonly<Record<string, unknown>>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isCell(value: unknown): value is Cell {
  return value === null || typeof value === 'number' || typeof value === 'string';
}

function isMeasure(value: unknown): value is DatasetMeasure {
  if (!isObj(value) || typeof value['id'] !== 'string' || typeof value['file'] !== 'string')
    return false;
  const years = value['years'];
  const values = value['values'];
  if (!Array.isArray(years) || !years.every(Number.isInteger) || !isObj(values)) return false;
  return Object.values(values).every(
    (cells) => Array.isArray(cells) && cells.length === years.length && cells.every(isCell),
  );
}

function everyOf(value: unknown, check: (item: Obj) => boolean): boolean {
  return Array.isArray(value) && value.every((item) => isObj(item) && check(item));
}

/** Whether `value` has the dataset's shape (types.ts). */
export function isComparatorDataset(value: unknown): value is ComparatorDataset {
  if (!isObj(value) || value['format'] !== 1) return false;
  if (!['version', 'licence', 'attribution'].every((k) => typeof value[k] === 'string'))
    return false;
  const neighbours = value['neighbours'];
  return (
    everyOf(
      value['regions'],
      (r) => typeof r['code'] === 'string' && typeof r['name'] === 'string',
    ) &&
    everyOf(
      value['las'],
      (la) =>
        typeof la['code'] === 'string' &&
        typeof la['name'] === 'string' &&
        isStrings(la['newCodes']) &&
        (la['region'] === null || typeof la['region'] === 'string'),
    ) &&
    isObj(neighbours) &&
    Object.values(neighbours).every(
      (n) =>
        isObj(n) &&
        (n['model'] === '2025' || n['model'] === '2021') &&
        isStrings(n['codes']) &&
        isStrings(n['closeness']),
    ) &&
    everyOf(
      value['sources'],
      (s) =>
        typeof s['file'] === 'string' &&
        typeof s['publication'] === 'string' &&
        typeof s['url'] === 'string' &&
        typeof s['rows'] === 'number' &&
        (s['years'] === null ||
          (Array.isArray(s['years']) &&
            s['years'].length === 2 &&
            s['years'].every(Number.isInteger))),
    ) &&
    Array.isArray(value['measures']) &&
    value['measures'].every(isMeasure)
  );
}
