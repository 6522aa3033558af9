import type { Severity } from '../problem';
import { quoted } from '../../limits';
import type { CodeList, OptionList } from './annex-a-codes';
import type { ColumnKind } from './annex-a-lists';
import type { CellValue } from './cell';
import { cellText, isDateCell, isErrorCell, isFormulaWithoutValue, serialToIsoDate } from './cell';
import { parseDateText } from './provider-values';
import { classifyUrn } from './urn';

/**
 * Reading one Annex A cell as its column's kind of answer. Values are text,
 * numbers (ages and counts) or null; dates are `YYYY-MM-DD` text; coded
 * answers lose the template's letter prefix (`e) PR4 - Private provision` →
 * `PR4`, `a) Male` → `Male`; ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018).
 */

/** A cell's value once read: text (IDs, codes, `YYYY-MM-DD` dates), a number (ages, counts) or null. */
export type AnnexAValue = string | number | null;

/** Reports a problem with the cell being read: rule id, severity, message (the value is added by the caller). */
export type CellReport = (rule: string, severity: Severity, message: string) => void;

/**
 * The spellings councils' systems write for a column's answers, each as
 * {@link spellingKey} gives it → the template's answer (a code, or an
 * option as the template writes it). Generated from the Annex A schema
 * (annex-a-spellings.ts).
 */
export type Spellings = Readonly<Record<string, string>>;

/** The rule of the note left where a council's spelling was read as the template's answer. */
export const SPELLING_RULE = 'annex-a.value.council-spelling';

/** A spelling as matched: trimmed, whitespace runs as one space, lower case. */
export function spellingKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The template's answer for a council's spelling of it, noted as such; undefined if not known. */
function respelled(
  text: string,
  spellings: Spellings | undefined,
  report: CellReport,
): string | undefined {
  if (spellings === undefined) return undefined;
  const key = spellingKey(text);
  const answer = Object.hasOwn(spellings, key) ? spellings[key] : undefined;
  if (answer === undefined) return undefined;
  report(
    SPELLING_RULE,
    'info',
    `"${quoted(text)}" is not the template's spelling; it was read as the template's "${answer}", as councils' systems write it.`,
  );
  return answer;
}

/** The template's answer prefix: `a) `, `zz) `. */
const LETTER_PREFIX = /^[a-z]{1,2}\)\s*/i;
/** `CODE`, optionally followed by `: label` or `- label`. */
const CODED = /^([A-Za-z0-9]+)\s*(?:[:\u2013\u2014-].*)?$/s;
/** Excel serials from 1900-01-01 to 2199-12-31: numbers that may be dates with a lost format. */
const MAX_SERIAL = 109_573;

function readCode(
  text: string,
  list: CodeList,
  report: CellReport,
  spellings: Spellings | undefined,
): string {
  const bare = text.replace(LETTER_PREFIX, '');
  const match = CODED.exec(bare);
  const candidate = match?.[1]?.toUpperCase();
  if (candidate !== undefined && list.codes.includes(candidate)) return candidate;
  const answer = respelled(text, spellings, report);
  if (answer !== undefined) return answer;
  report(
    'annex-a.code.unknown',
    list.complete ? 'error' : 'warning',
    `"${quoted(text)}" is not one of this column's codes (${list.codes.slice(0, 6).join(', ')}${list.codes.length > 6 ? ', …' : ''}). Choose an answer from the template's list.`,
  );
  return candidate ?? bare;
}

function readOption(
  text: string,
  list: OptionList | null,
  report: CellReport,
  spellings: Spellings | undefined,
): string {
  const bare = text.replace(LETTER_PREFIX, '').trim();
  if (list === null) return bare;
  const lower = bare.toLowerCase();
  const option =
    list.options.find((candidate) => candidate.toLowerCase() === lower) ??
    (list.synonyms !== undefined && Object.hasOwn(list.synonyms, lower)
      ? list.synonyms[lower]
      : undefined);
  if (option !== undefined) return option;
  const answer = respelled(text, spellings, report);
  if (answer !== undefined) return answer;
  report(
    'annex-a.option.unknown',
    'error',
    `"${quoted(text)}" is not one of this column's answers (${list.options.join(', ')}). Choose an answer from the template's list.`,
  );
  return bare;
}

function readNumber(
  cell: CellValue,
  text: string,
  whole: boolean,
  report: CellReport,
): AnnexAValue {
  const number = typeof cell === 'number' ? cell : Number(text);
  if (
    text !== '' &&
    Number.isFinite(number) &&
    (!whole || (Number.isInteger(number) && number >= 0))
  ) {
    return number;
  }
  report(
    'annex-a.number.invalid',
    'error',
    whole
      ? `"${quoted(text)}" is not a count. Write a whole number (0 or more).`
      : `"${quoted(text)}" is not a number. Write the age in years as a number.`,
  );
  return text;
}

function readDate(cell: CellValue, text: string, report: CellReport): AnnexAValue {
  if (isDateCell(cell)) return serialToIsoDate(cell.serial);
  if (typeof cell === 'number' && cell >= 1 && cell <= MAX_SERIAL) {
    const iso = serialToIsoDate(cell);
    report(
      'annex-a.date.number',
      'warning',
      `${text} is a number, read as the Excel date ${iso}. Format the column as dates in Excel to be sure.`,
    );
    return iso;
  }
  const parsed = typeof cell === 'string' ? parseDateText(text) : undefined;
  if (parsed !== undefined) {
    report(
      'annex-a.date.text',
      'info',
      `The date "${quoted(text)}" is written as text; it was read as ${parsed}.`,
    );
    return parsed;
  }
  report(
    'annex-a.date.invalid',
    'error',
    `"${quoted(text)}" is not a date. Enter a date (dd/mm/yyyy) or leave the cell blank.`,
  );
  return text;
}

/**
 * Reads a cell as `kind`, reporting anything wrong. An empty cell, `#N/A`
 * (text or error cell) and a formula saved without a result read as null.
 * A coded answer the template does not spell that way is looked up in
 * `spellings` (trimmed, case and spacing ignored) before it is an error.
 */
export function readAnnexACell(
  kind: ColumnKind,
  cell: CellValue | undefined,
  report: CellReport,
  spellings?: Spellings,
): AnnexAValue {
  if (cell === undefined || cell === null) return null;
  if (isFormulaWithoutValue(cell)) {
    report(
      'annex-a.formula.no-value',
      'warning',
      `This cell holds the formula ${cell.formula} but no saved result, so its value is unknown. Open the workbook in Excel, let it calculate, save it, and import it again.`,
    );
    return null;
  }
  const text = cellText(cell).trim();
  if (text.toUpperCase() === '#N/A') {
    report(
      'annex-a.value.na',
      'warning',
      'The cell shows #N/A (a lookup in the template found nothing), so the answer is missing. Fill in the answer.',
    );
    return null;
  }
  if (isErrorCell(cell)) {
    report(
      'annex-a.value.error',
      'error',
      `The cell shows the Excel error ${cell.code}, so the answer is missing. Fix the formula or type the answer.`,
    );
    return null;
  }
  if (text === '') return null;
  switch (kind.type) {
    case 'id':
    case 'text':
      return text;
    case 'urn':
      if (classifyUrn(text) === 'nonstandard') {
        report(
          'annex-a.urn.format',
          'warning',
          `URN "${quoted(text)}" is not an Ofsted URN (SC and six digits, or seven digits) nor XXXXXXX (no Ofsted setting). Check it against the placement's Ofsted record.`,
        );
      }
      return text;
    case 'date':
      return readDate(cell, text, report);
    case 'age':
      return readNumber(cell, text, false, report);
    case 'count':
      return readNumber(cell, text, true, report);
    case 'code':
      return readCode(text, kind.codes, report, spellings);
    default:
      // The only kind left is `option`.
      return readOption(text, kind.options, report, spellings);
  }
}
