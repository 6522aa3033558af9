/**
 * Reads a Companies House persons-with-significant-control snapshot
 * (Companies House bulk data, https://download.companieshouse.gov.uk/en_output.html): JSON lines, each `{"company_number": "...", "data":
 * { kind, name, natures_of_control, notified_on, ceased_on, identification,
 * … }}` as the PSC API returns a record, and a last summary line
 * (`totals#persons-of-significant-control-snapshot`). A malformed line, a
 * line without a company number and a kind this reader does not know are
 * reported (file and line) and skipped; the rest of the file is still read.
 * Sources: companieshouse/psc-data-api `PscRoles.java` (kinds);
 * companieshouse/api-enumerations `psc_descriptions.yml` (natures of control);
 * gist.github.com/CharlotteHirst/1462d71849398bd1c84f (snapshot lines).
 */
import { normaliseCompanyNumber } from '../../domain/model/company-number';
import { FileRefusedError } from '../problem';
import { clipped, MAX_JSON_LINE_CHARS, quoted } from '../../limits';
import {
  LineTooLongError,
  ProblemLog,
  checkRowCount,
  contentOf,
  dateFromFileName,
  forEachChunk,
  refuseOverLimits,
} from './bytes';
import type { Psc, PscIdentification, PscKind, PscSnapshotResult, PscSummary } from './types';
import { PSC_KINDS } from './types';

/** The `kind` of a snapshot part's summary line. */
const PSC_SUMMARY_KIND = 'totals#persons-of-significant-control-snapshot';

/** Options for {@link readPscSnapshot}. */
export type PscSnapshotOptions = {
  /** Keeps only the records this returns true for (e.g. corporate PSCs, for a national file). */
  readonly keep?: (psc: Psc) => boolean;
};

type Json = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPscKind(kind: string): kind is PscKind {
  return PSC_KINDS.some((known) => known === kind);
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Whether a parsed line looks like a snapshot line (used to recognise the file). */
export function isPscLine(value: unknown): boolean {
  if (!isObject(value) || !isObject(value['data'])) return false;
  return typeof value['data']['kind'] === 'string';
}

/**
 * Reads one PSC snapshot part (or the zip it comes in). Throws
 * {@link FileRefusedError} when no line of the file is a snapshot line.
 */
export function readPscSnapshot(
  file: string,
  bytes: Uint8Array,
  options: PscSnapshotOptions = {},
): PscSnapshotResult {
  return readPscSnapshotContent(file, contentOf(file, bytes), options);
}

/** {@link readPscSnapshot} of the JSON lines themselves (already taken out of their zip). */
export function readPscSnapshotContent(
  file: string,
  content: Uint8Array,
  options: PscSnapshotOptions = {},
): PscSnapshotResult {
  const log = new ProblemLog(file);
  const pscs: Psc[] = [];
  let summary: PscSummary | null = null;
  let recognised = false;

  const isoDate = (value: unknown, line: number, column: string): string | null => {
    const text = str(value);
    if (text === null) return null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
    log.add({
      rule: 'ch.psc.date',
      severity: 'warning',
      row: line,
      column,
      value: clipped(text),
      message: `"${quoted(text)}" is not a date (YYYY-MM-DD), so it was not read.`,
    });
    return null;
  };

  const readLine = (text: string, line: number): void => {
    if (text.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      log.add({
        rule: 'ch.psc.json',
        severity: 'error',
        row: line,
        value: clipped(text),
        message: 'This line is not valid JSON, so it was skipped.',
      });
      return;
    }
    const data = isObject(parsed) ? parsed['data'] : undefined;
    const kind = isObject(data) ? str(data['kind']) : null;
    if (!isObject(parsed) || !isObject(data) || kind === null) {
      log.add({
        rule: 'ch.psc.shape',
        severity: 'error',
        row: line,
        message: 'This line has no "data" object with a "kind", so it was skipped.',
      });
      return;
    }
    recognised = true;
    if (kind === PSC_SUMMARY_KIND) {
      summary = {
        line,
        persons: count(data['persons_of_significant_control_count']),
        statements: count(data['statements_count']),
        exemptions: count(data['exemptions_count']),
        generatedAt: str(data['generated_at']),
      };
      return;
    }
    const rawNumber = str(parsed['company_number']);
    const company = rawNumber === null ? undefined : normaliseCompanyNumber(rawNumber);
    if (company === undefined) {
      log.add({
        rule: 'ch.psc.company',
        severity: 'error',
        row: line,
        column: 'company_number',
        value: clipped(rawNumber ?? ''),
        message: `"${quoted(rawNumber ?? '')}" is not a company number, so this line was skipped.`,
      });
      return;
    }
    if (!isPscKind(kind)) {
      log.add({
        rule: 'ch.psc.kind.unknown',
        severity: 'warning',
        row: line,
        column: 'kind',
        value: clipped(kind),
        message: `PSC kind "${quoted(kind)}" is not one this app knows, so the line for company ${company} was skipped.`,
      });
      return;
    }
    const natures = Array.isArray(data['natures_of_control'])
      ? data['natures_of_control'].flatMap((nature) => str(nature) ?? [])
      : [];
    const identification = isObject(data['identification'])
      ? readIdentification(data['identification'])
      : null;
    const psc: Psc = {
      line,
      company,
      kind,
      name: str(data['name']),
      natures,
      notifiedOn: isoDate(data['notified_on'], line, 'notified_on'),
      ceasedOn: isoDate(data['ceased_on'], line, 'ceased_on'),
      identification,
      statement: str(data['statement']),
    };
    if (options.keep === undefined || options.keep(psc)) pscs.push(psc);
  };

  refuseOverLimits(file, () =>
    forEachChunk(content, false, (chunk, firstLine) => {
      const lines = chunk.split('\n');
      // A chunk ends with its line break, so its last element is empty.
      if (lines.at(-1) === '') lines.pop();
      checkRowCount(file, firstLine + lines.length - 1);
      lines.forEach((text, index) => {
        if (text.length > MAX_JSON_LINE_CHARS)
          throw new LineTooLongError(firstLine + index, MAX_JSON_LINE_CHARS);
        readLine(text.replace(/\r$/, ''), firstLine + index);
      });
    }),
  );
  if (!recognised) {
    throw new FileRefusedError(
      file,
      'ch.psc.unrecognised',
      `${file} is not a Companies House PSC snapshot: no line is a {"company_number", "data": {"kind", …}} record.`,
    );
  }
  return {
    kind: 'ch-psc-snapshot',
    file,
    date: dateFromFileName(file),
    pscs,
    summary,
    problems: log.finish(),
  };
}

function readIdentification(value: Json): PscIdentification {
  return {
    registrationNumber: str(value['registration_number']),
    countryRegistered: str(value['country_registered']),
    placeRegistered: str(value['place_registered']),
    legalForm: str(value['legal_form']),
    legalAuthority: str(value['legal_authority']),
  };
}
