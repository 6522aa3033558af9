import type { RecordProblem } from '../problem';
import { clipped, quoted } from '../../limits';
import { addCapped, closeCapped } from '../problem-cap';
import { FileRefusedError } from '../problem';
import { columnLetter } from './cell';
import type { ProblemFields } from './headers';
import { findHeaderRow, headerTexts, isBlankRow, makeProblem, normaliseHeader } from './headers';
import { findMisalignment } from './provider-alignment';
import type { ProviderLayout, ProviderRole } from './provider-columns';
import {
  detectLayout,
  isSupportedAccommodationSheet,
  mapRoles,
  SETTINGS_SHEET_MINIMUM,
  settingsSheetScore,
} from './provider-columns';
import type { Setting } from './setting';
import { toSetting } from './setting';
import type { XlsxRow } from './sheet-scan';
import type { XlsxWorkbook } from './workbook';
import { openXlsx } from './workbook';

/**
 * Reads an Ofsted provider list (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england) in any of its five
 * layouts, recognised by the sheets' header rows rather than the file name.
 * Every data row of every settings sheet becomes one {@link Setting}, kept
 * even when it has problems.
 */

/** What was read from one settings sheet. */
export type ProviderSheet = {
  readonly name: string;
  /** Row number of the header row. */
  readonly headerRow: number;
  /** A supported-accommodation sheet (`SA Providers`). */
  readonly supportedAccommodation: boolean;
  readonly settings: readonly Setting[];
};

/** An Ofsted provider list as read: its layout, settings by sheet, all settings, and problems. */
export type OfstedProvidersResult = {
  readonly kind: 'ofsted-providers';
  readonly file: string;
  readonly layout: ProviderLayout;
  readonly sheets: readonly ProviderSheet[];
  /** Every setting of every settings sheet, in sheet then row order. */
  readonly settings: readonly Setting[];
  readonly problems: readonly RecordProblem[];
};

type FoundSheet = { readonly name: string; readonly rows: XlsxRow[]; readonly header: number };

/** The settings sheets of a workbook (header row found), with their rows; other sheets are noted. */
export function findSettingsSheets(workbook: XlsxWorkbook, maxRows?: number): FoundSheet[] {
  const found: FoundSheet[] = [];
  for (const name of workbook.sheetNames) {
    const rows = workbook.rows(name, maxRows);
    const header = findHeaderRow(rows, settingsSheetScore, SETTINGS_SHEET_MINIMUM);
    if (header !== undefined) found.push({ name, rows, header });
  }
  return found;
}

function misalignmentProblem(
  file: string,
  sheet: string,
  headerRow: number,
  headers: readonly string[],
  column: number,
  offset: -1 | 1,
  example: number,
): RecordProblem {
  const side = offset < 0 ? 'left' : 'right';
  const header = headers[column] ?? '';
  const exampleHeader = headers[example] ?? '';
  return makeProblem({
    rule: 'ofsted.layout.misaligned',
    severity: 'error',
    file,
    sheet,
    row: headerRow,
    column: header,
    message:
      `Sheet "${quoted(sheet)}": from column ${columnLetter(column)} ("${quoted(header)}") on, each row's values sit one column ` +
      `to the ${side} of their header, so they do not match it (see column ${columnLetter(example)}, ` +
      `"${quoted(exampleHeader)}"). Values from column ${columnLetter(column)} on were not read. ` +
      'Ask for a corrected list, or move the header cells back over their data in Excel, then import again.',
  });
}

/**
 * Reads the settings of an opened workbook. Throws {@link FileRefusedError}
 * if no sheet has a provider-list header row (a `URN` column with status,
 * date, code or owner columns).
 */
export function readOfstedProvidersFrom(workbook: XlsxWorkbook): OfstedProvidersResult {
  const file = workbook.file;
  const found = findSettingsSheets(workbook);
  if (found.length === 0) {
    throw new FileRefusedError(
      file,
      'ofsted-providers.no-settings-sheet',
      `${file} is not an Ofsted provider list: no sheet has a header row with a URN column and the ` +
        'status, date, code or owner columns Ofsted lists carry. Check you chose the list Ofsted sent, ' +
        'with its header row unchanged, and import it again.',
    );
  }
  const problems: RecordProblem[] = [];
  const problem = (fields: ProblemFields): void => {
    addCapped(problems, makeProblem(fields));
  };
  for (const name of workbook.sheetNames) {
    if (!found.some((sheet) => sheet.name === name)) {
      problem({
        rule: 'ofsted.sheet.skipped',
        severity: 'info',
        file,
        sheet: name,
        message: `Sheet "${quoted(name)}" has no list of settings (no URN with status, date, code or owner columns), so it was not read.`,
      });
    }
  }
  const layout = detectLayout(
    found.map((sheet) =>
      headerTexts(sheet.rows[sheet.header] ?? { row: 0, cells: [] }).map(normaliseHeader),
    ),
  );
  const sheets: ProviderSheet[] = found.map((sheet) => {
    const headerRow = sheet.rows[sheet.header] ?? { row: 1, cells: [] };
    const headers = headerTexts(headerRow);
    const normalised = headers.map(normaliseHeader);
    const roles = mapRoles(headers);
    const data = sheet.rows.slice(sheet.header + 1).filter((row) => !isBlankRow(row.cells));
    const shift = findMisalignment(
      headers,
      data.map((row) => row.cells),
    );
    if (shift !== undefined) {
      addCapped(
        problems,
        misalignmentProblem(
          file,
          sheet.name,
          headerRow.row,
          headers,
          shift.column,
          shift.offset,
          shift.evidence[0] ?? shift.column,
        ),
      );
      for (const [role, column] of roles) if (column >= shift.column) roles.delete(role);
    }
    const supportedAccommodation = isSupportedAccommodationSheet(normalised);
    const settings = data.map((row) =>
      toSetting({ file, sheet: sheet.name, row, roles, headers, supportedAccommodation }, problem),
    );
    noteDefaults(file, sheet.name, supportedAccommodation, roles, problem);
    noteDuplicates(file, sheet.name, settings, headers[roles.get('urn') ?? 0] ?? 'URN', problem);
    return { name: sheet.name, headerRow: headerRow.row, supportedAccommodation, settings };
  });
  closeCapped(problems);
  return {
    kind: 'ofsted-providers',
    file,
    layout,
    sheets,
    settings: sheets.flatMap((sheet) => sheet.settings),
    problems,
  };
}

/**
 * Supported-accommodation sheets lack code columns the validator fills in:
 * placement code `K3` where there is no `Placement code`, provider code
 * `PR4` where there is no `Placement provider code` (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england).
 */
function noteDefaults(
  file: string,
  sheet: string,
  supportedAccommodation: boolean,
  roles: ReadonlyMap<ProviderRole, number>,
  problem: (fields: ProblemFields) => void,
): void {
  if (!supportedAccommodation) return;
  for (const [role, code, header] of [
    ['placementCodes', 'K3', 'Placement code'],
    ['providerCodes', 'PR4', 'Placement provider code'],
  ] as const) {
    if (roles.has(role)) continue;
    problem({
      rule: 'ofsted.codes.default',
      severity: 'info',
      file,
      sheet,
      column: header,
      message: `Sheet "${sheet}" has no "${header}" column; its supported-accommodation settings are given ${code}, as the DfE 903 validator does.`,
    });
  }
}

function noteDuplicates(
  file: string,
  sheet: string,
  settings: readonly Setting[],
  urnHeader: string,
  problem: (fields: ProblemFields) => void,
): void {
  const firstRow = new Map<string, number>();
  for (const setting of settings) {
    if (setting.urn === '') continue;
    const key = setting.urn.toUpperCase();
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, setting.row);
    else {
      problem({
        rule: 'ofsted.urn.duplicate',
        severity: 'warning',
        file,
        sheet,
        row: setting.row,
        column: urnHeader,
        value: clipped(setting.urn),
        message: `URN ${setting.urn} is listed again (first on row ${first}). Check which row is current before linking placements to it.`,
      });
    }
  }
}

/** Reads an Ofsted provider list from its bytes; see {@link readOfstedProvidersFrom}. */
export function readOfstedProviders(file: string, bytes: Uint8Array): OfstedProvidersResult {
  return readOfstedProvidersFrom(openXlsx(file, bytes));
}
