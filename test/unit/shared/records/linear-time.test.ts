import { describe, expect, it } from 'vitest';
import { normaliseCompanyName } from '../../../../shared/conflicts/company-name';
import { tokenizeCsv } from '../../../../shared/records/ssda903/csv-tokenize';
import { readCsvTable } from '../../../../shared/records/ssda903/read-csv';
import { scanSheet } from '../../../../shared/records/xlsx/sheet-scan';
import { parseDateStyles } from '../../../../shared/records/xlsx/workbook-parts';

/*
 * Time must grow in proportion to input: eight times the input may take at
 * most twenty-four times as long (three times the slack of linear, for the
 * collector's work on a larger heap and for noise on a shared machine),
 * where a quadratic scan takes sixty-four times. Each size
 * is timed as the best of five runs, after a warm-up, so the engine's
 * compilation and a stray pause do not count.
 */
const GROWTH = 8;
const SLACK = 24;

function bestOf(run: () => unknown): number {
  let best = Infinity;
  for (let k = 0; k < 5; k += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** How many times longer eight times the input takes. */
function growth<T>(make: (n: number) => T, run: (input: T) => unknown, n: number): number {
  const small = make(n);
  const big = make(n * GROWTH);
  run(small);
  const a = bestOf(() => run(small));
  const b = bestOf(() => run(big));
  // Below a few milliseconds the timer and the collector, not the code, decide.
  return b / Math.max(a, 5);
}

/** Rows whose cell tag's value starts with a character found nowhere after it. */
function uniqueCells(n: number): string {
  return Array.from(
    { length: n },
    (_, k) => `<row><c t=${String.fromCharCode(0x4e00 + k)}><v>1</v></c></row>`,
  ).join('');
}

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';

describe('readers take time linear in their input', () => {
  it('the CSV tokenizer, on CR-only line ends (once quadratic)', () => {
    expect(
      growth(
        (n) => `${HEADER}\r${'1,1,01/01/2010,WBRI,A123,,\r'.repeat(n)}`,
        (text) => tokenizeCsv(text),
        5_000,
      ),
    ).toBeLessThanOrEqual(SLACK);
  });

  it('the CSV tokenizer, on quoted fields and LF line ends', () => {
    expect(
      growth(
        (n) => `${HEADER}\n${'"1","1","01/01/2010","WB""RI",A123,,\n'.repeat(n)}`,
        (text) => tokenizeCsv(text),
        2_000,
      ),
    ).toBeLessThanOrEqual(SLACK);
  });

  it('the whole 903 CSV reader, on CR-only line ends', () => {
    expect(
      growth(
        (n) => `${HEADER}\r${'1,1,01/01/2010,WBRI,A123,,\r'.repeat(n)}`,
        (text) => readCsvTable('header.csv', text),
        4_000,
      ),
    ).toBeLessThanOrEqual(SLACK);
  });

  it('the worksheet scanner, on cells with unquoted attributes (once quadratic)', () => {
    const context = { sharedStrings: [], dateStyles: [], serialOffset: 0 };
    expect(
      growth(
        (n) => `<worksheet><sheetData>${uniqueCells(n)}</sheetData></worksheet>`,
        (xml) => scanSheet(xml, context),
        1_500,
      ),
    ).toBeLessThanOrEqual(SLACK);
  });

  it('attribute lookups, on tags that lack the attribute (once quadratic)', () => {
    expect(
      growth(
        (n) => `<styleSheet><cellXfs>${'<xf fontId="0"/>'.repeat(n)}</cellXfs></styleSheet>`,
        (xml) => parseDateStyles(xml),
        5_000,
      ),
    ).toBeLessThanOrEqual(SLACK);
  });

  it('company-name normalisation, on a name of many leading "The"s (once quadratic)', () => {
    expect(
      growth(
        (n) => `${'The '.repeat(n)}Brightwater Care Ltd`,
        (name) => normaliseCompanyName(name),
        50_000,
      ),
    ).toBeLessThanOrEqual(SLACK);
  });
});
