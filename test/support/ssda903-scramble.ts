/**
 * Breaks a generated 903 return at random (seeded), for tests that compare
 * two ways of running the DfE rules: a clean return trips few rules, a
 * scrambled one trips most of them. Each cell is left alone or, with
 * probability `rate`, blanked, given another row's value of the same
 * column, moved some days (a date) or written in lower case with spaces.
 * The generator's CSV has no quoted cells, so a line splits on commas.
 */
import type { InputFile } from '../../shared/records/read-files';
import { parseDfeDate } from '../../shared/records/ssda903/dates';
import { dfeDate } from '../../shared/demo/records/tables';
import { seededRandom } from '../../shared/demo/records/random';

function scrambleCell(value: string, column: readonly string[], random: () => number): string {
  const pick = random();
  if (pick < 0.25) return '';
  if (pick < 0.55) return column[Math.floor(random() * column.length)] ?? value;
  const day = parseDfeDate(value);
  if (day !== undefined && pick < 0.85) return dfeDate(day + Math.floor(random() * 800) - 400);
  return ` ${value.toLowerCase()} `;
}

/** The CSV text with cells scrambled at `rate` (the header line is kept). */
export function scrambleCsv(text: string, rate: number, random: () => number): string {
  const [head = '', ...lines] = text.split('\n').filter((line) => line !== '');
  const rows = lines.map((line) => line.split(','));
  const width = head.split(',').length;
  const columns = Array.from({ length: width }, (_, at) => rows.map((row) => row[at] ?? ''));
  const scrambled = rows.map((row) =>
    row
      .map((value, at) =>
        random() < rate ? scrambleCell(value, columns[at] ?? [], random) : value,
      )
      .join(','),
  );
  return `${[head, ...scrambled].join('\n')}\n`;
}

/** Every file of a return scrambled (see scrambleCsv). */
export function scrambleReturn(files: readonly InputFile[], rate = 0.02, seed = 14): InputFile[] {
  const random = seededRandom(seed).next;
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  return files.map((file) => ({
    name: file.name,
    bytes: encoder.encode(scrambleCsv(decoder.decode(file.bytes), rate, random)),
  }));
}
