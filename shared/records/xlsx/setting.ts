import { cellText } from './cell';
import { clipped, quoted } from '../../limits';
import type { ProblemFields } from './headers';
import type { ProviderRole } from './provider-columns';
import type { SettingStatus } from './provider-values';
import { codeList, dateValue, settingStatus, textValue } from './provider-values';
import type { XlsxRow } from './sheet-scan';
import type { UrnKind } from './urn';
import { classifyUrn } from './urn';

/**
 * One row of an Ofsted provider list, normalised across the five layouts
 * (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england; Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england). Text fields are null when the list
 * leaves them blank (`-`, `na` or empty) or has no such column. IDs and URNs
 * are always text. Dates are `YYYY-MM-DD`.
 */
export type Setting = {
  readonly sheet: string;
  /** Row number in the sheet as Excel shows it. */
  readonly row: number;
  /** The URN as text (`''` when blank); numeric URN cells are written in full. */
  readonly urn: string;
  readonly urnKind: UrnKind;
  readonly name: string | null;
  readonly providerType: string | null;
  readonly providerSubtype: string | null;
  /** Ofsted's sector: Private, Local Authority, Voluntary, Health Authority, Academy… */
  readonly sector: string | null;
  /** The LA the list gives (the provider's LA on supported-accommodation sheets). */
  readonly localAuthority: string | null;
  /** The setting's own LA, on supported-accommodation sheets. */
  readonly settingLocalAuthority: string | null;
  readonly region: string | null;
  readonly postcode: string | null;
  readonly ownerId: string | null;
  readonly ownerName: string | null;
  readonly ownerType: string | null;
  /** `Top company (as listed on Companies' House)` / `top_company`. */
  readonly topCompany: string | null;
  /** Placement-type (903 PLACE) codes the setting offers, e.g. `K2`. */
  readonly placementCodes: readonly string[];
  /** Placement-provider (903 PLACE_PROVIDER, PR) codes, e.g. `PR4`. */
  readonly providerCodes: readonly string[];
  /** The registration status as written. */
  readonly statusText: string | null;
  readonly status: SettingStatus;
  readonly registrationDate: string | null;
  /** Deregistration or closed date. */
  readonly closedDate: string | null;
  /** Registered places, capacity or maximum users, as written. */
  readonly places: string | null;
  readonly lastInspectionDate: string | null;
  readonly overallEffectiveness: string | null;
  /** From a supported-accommodation (`SA Providers`) sheet. */
  readonly supportedAccommodation: boolean;
};

/** Where a row comes from and how its columns map to fields. */
export type SettingSource = {
  readonly file: string;
  readonly sheet: string;
  readonly row: XlsxRow;
  readonly roles: ReadonlyMap<ProviderRole, number>;
  readonly headers: readonly string[];
  readonly supportedAccommodation: boolean;
};

/** Fields a settings row should fill; a blank one is a warning (the URN's own check is an error). */
const EXPECTED: readonly ProviderRole[] = ['name', 'status', 'ownerName', 'localAuthority'];

const FIELD_NAMES: Readonly<Partial<Record<ProviderRole, string>>> = {
  name: 'setting name',
  status: 'registration status',
  ownerName: 'owner name',
  localAuthority: 'local authority',
};

/**
 * Turns one settings row into a {@link Setting}, reporting blank required
 * fields, URNs not in Ofsted's format and dates that are not dates.
 */
export function toSetting(
  source: SettingSource,
  problem: (fields: ProblemFields) => void,
): Setting {
  const { file, sheet, row, roles, headers } = source;
  const cellOf = (role: ProviderRole): XlsxRow['cells'][number] | undefined => {
    const column = roles.get(role);
    return column === undefined ? undefined : row.cells[column];
  };
  const headerOf = (role: ProviderRole): string | undefined => {
    const column = roles.get(role);
    return column === undefined ? undefined : headers[column];
  };
  const at = { file, sheet, row: row.row };
  const text = (role: ProviderRole): string | null => textValue(cellOf(role));
  // A setting's, owner's or company's name is words, never a bare number or
  // date: one usually means the row has shifted against its header.
  const name = (role: ProviderRole): string | null => {
    const cell = cellOf(role);
    if (typeof cell !== 'number' && !(typeof cell === 'object' && cell?.kind === 'date')) {
      return text(role);
    }
    problem({
      ...at,
      rule: 'ofsted.name.not-text',
      severity: 'warning',
      column: headerOf(role),
      value: clipped(cellText(cell)),
      message: `"${quoted(cellText(cell))}" is a number or date, not a name, so it was not read. Check this row's values sit under the right headers.`,
    });
    return null;
  };
  const date = (role: ProviderRole): string | null => {
    const read = dateValue(cellOf(role));
    if (read.ok) return read.value;
    problem({
      ...at,
      rule: 'ofsted.date.invalid',
      severity: 'warning',
      column: headerOf(role),
      value: clipped(read.text),
      message: `"${quoted(read.text)}" is not a date. Write it as a date (dd/mm/yyyy) or leave it blank.`,
    });
    return null;
  };

  const urn = text('urn') ?? '';
  const urnKind = classifyUrn(urn);
  const urnAt = { ...at, column: headerOf('urn') ?? 'URN', value: clipped(urn) };
  if (!roles.has('urn')) {
    // The URN column was not read (a misaligned sheet); that is reported once for the sheet.
  } else if (urnKind === 'blank') {
    problem({
      ...urnAt,
      rule: 'ofsted.urn.blank',
      severity: 'error',
      message: 'This setting has no URN, so no placement can be linked to it. Add its Ofsted URN.',
    });
  } else if (urnKind === 'no-ofsted-setting') {
    problem({
      ...urnAt,
      rule: 'ofsted.urn.none',
      severity: 'warning',
      message:
        'URN XXXXXXX means "no Ofsted setting", which an Ofsted list should not need. Add the setting\'s URN.',
    });
  } else if (urnKind === 'nonstandard') {
    problem({
      ...urnAt,
      rule: 'ofsted.urn.format',
      severity: 'warning',
      message: `URN "${quoted(urn)}" is not in Ofsted's format (SC and six digits, or seven digits). Check it against the Ofsted record; placements will only link if both use the same text.`,
    });
  }
  for (const role of EXPECTED) {
    if (!roles.has(role) || text(role) !== null) continue;
    problem({
      ...at,
      rule: 'ofsted.required.blank',
      severity: 'warning',
      column: headerOf(role),
      message: `The ${FIELD_NAMES[role] ?? role} is blank. Fill it in from the Ofsted record.`,
    });
  }

  const placementCodes = codeList(cellOf('placementCodes'));
  const providerCodes = codeList(cellOf('providerCodes'));
  const closedDate = date('closedDate');
  const statusText = text('status');
  const sa = source.supportedAccommodation;
  if (statusText !== null && settingStatus(statusText, null) === 'unknown') {
    problem({
      ...at,
      rule: 'ofsted.status.unknown',
      severity: 'warning',
      column: headerOf('status'),
      value: clipped(statusText),
      message: `Registration status "${quoted(statusText)}" is not one Ofsted uses (such as Active or Closed). Check the setting's status in the Ofsted record.`,
    });
  }
  return {
    sheet,
    row: row.row,
    urn,
    urnKind,
    name: name('name'),
    providerType: text('providerType'),
    providerSubtype: text('providerSubtype'),
    sector: text('sector'),
    localAuthority: text('localAuthority'),
    settingLocalAuthority: text('settingLocalAuthority'),
    region: text('region'),
    postcode: text('postcode'),
    ownerId: text('ownerId'),
    ownerName: name('ownerName'),
    ownerType: text('ownerType'),
    topCompany: name('topCompany'),
    placementCodes: sa && !roles.has('placementCodes') ? ['K3'] : placementCodes,
    providerCodes: sa && !roles.has('providerCodes') ? ['PR4'] : providerCodes,
    statusText,
    status: settingStatus(statusText, closedDate),
    registrationDate: date('registrationDate'),
    closedDate,
    places: text('places'),
    lastInspectionDate: date('lastInspectionDate'),
    overallEffectiveness: text('overallEffectiveness'),
    supportedAccommodation: sa,
  };
}
