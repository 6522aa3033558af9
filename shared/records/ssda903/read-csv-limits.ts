/**
 * The limits a 903 CSV table is refused past (shared/limits.ts): rows,
 * fields per row and characters per field, checked as the records are read
 * and refused in that order once the reading stops.
 */
import { MAX_FIELD_CHARS, MAX_FIELDS_PER_ROW, MAX_ROWS_PER_TABLE } from '../../limits';
import type { CsvEnd } from './csv-tokenize';
import { refuse } from './refuse';

/** The first field longer than MAX_FIELD_CHARS: its record (0-based), column and length. */
export type LongField = {
  readonly record: number;
  readonly column: number;
  readonly length: number;
};

/** Refuses a table past the limits on rows, fields per row and characters per field. */
export function refuseOverLimits(file: string, csv: CsvEnd, long: LongField | undefined): void {
  if (csv.tooManyRecords) {
    throw refuse(
      file,
      'ssda903.too-many-rows',
      `the table has more than ${MAX_ROWS_PER_TABLE.toLocaleString('en-GB')} rows, the most one 903 table may have. ` +
        'Check it is the right file (a council return has a few thousand rows a year).',
    );
  }
  if (csv.wideRecord !== undefined) {
    throw refuse(
      file,
      'ssda903.too-many-fields',
      `row ${(csv.wideRecord + 1).toLocaleString('en-GB')} has more than ${MAX_FIELDS_PER_ROW.toLocaleString('en-GB')} fields, ` +
        'so the file is damaged or not a 903 table. Export the table again.',
    );
  }
  if (long !== undefined) {
    throw refuse(
      file,
      'ssda903.field-too-long',
      `row ${(long.record + 1).toLocaleString('en-GB')}, field ${long.column + 1} holds ${long.length.toLocaleString('en-GB')} characters, ` +
        `more than the ${MAX_FIELD_CHARS.toLocaleString('en-GB')} one value may have (a quote left open can cause this). Export the table again.`,
    );
  }
}

/** The first field of `fields` longer than MAX_FIELD_CHARS, as a LongField of record `record`. */
export function longFieldOf(fields: readonly string[], record: number): LongField | undefined {
  for (let column = 0; column < fields.length; column += 1) {
    const length = (fields[column] ?? '').length;
    if (length > MAX_FIELD_CHARS) return { record, column, length };
  }
  return undefined;
}
