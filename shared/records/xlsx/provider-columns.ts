import { normaliseHeader } from './headers';

/**
 * Which header holds what in the five Ofsted provider-list layouts
 * (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england, measured from the csc-validator-be-903 fake lists;
 * the validator's `lac_validator/ingress.py` reads the same columns). Headers
 * are compared normalised (case, spacing and quotes ignored), so `Local
 * Authority` and `Local authority` are one header.
 */

/** A field of a {@link Setting} and the headers that may hold it, preferred first. */
const PROVIDER_ROLES = {
  urn: ['URN'],
  localAuthority: ['Local Authority', 'Provider local authority'],
  settingLocalAuthority: ['Setting local authority'],
  providerType: ['Provider Type', 'Provision type'],
  providerSubtype: ['Provider Subtype'],
  name: ['Setting Name', 'Provider name'],
  sector: ['Sector'],
  // In the children's homes (CH) list `Provider Code` holds placement-type
  // codes and `Provider Placement Code` holds PR codes (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england).
  placementCodes: ['Placement Code', 'Provider Code'],
  providerCodes: ['Placement Provider Code', 'Provider Placement Code'],
  status: ['Registration Status', 'Provider Status'],
  registrationDate: ['Registration Date'],
  closedDate: ['Deregistration Date', 'Closed Date'],
  postcode: ['Setting Address Postcode', 'Setting postcode', 'Provider postcode', 'Postcode Area'],
  ownerId: ['Owner ID'],
  ownerName: ['Owner Name', 'Organisation name'],
  ownerType: ['Owner Type'],
  topCompany: ["Top company (as listed on Companies' House)", 'top_company'],
  region: ['Region'],
  places: ['Number of registered places', 'Max Users', 'Maximum fostering places', 'Capacity'],
  lastInspectionDate: ['Date of last full inspection', 'Full Inspection Start Date'],
  overallEffectiveness: [
    'Latest overall Effectiveness grade from last full inspection',
    'Overall Effectiveness',
  ],
} as const;

/** A field name of {@link PROVIDER_ROLES}. */
export type ProviderRole = keyof typeof PROVIDER_ROLES;

/** The five layouts of Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england, plus `other` for a list that fits none of them. */
export type ProviderLayout =
  'ch' | 'scp' | 'combined-scp-ch' | 'scp-ch-2025' | 'scpch-assisted' | 'other';

function isRole(key: string): key is ProviderRole {
  return Object.hasOwn(PROVIDER_ROLES, key);
}

const ROLE_KEYS: readonly ProviderRole[] = Object.keys(PROVIDER_ROLES).filter(isRole);

/** For each role, the column index of the first matching header (by preference order). */
export function mapRoles(headers: readonly string[]): Map<ProviderRole, number> {
  const normalised = headers.map(normaliseHeader);
  const found = new Map<ProviderRole, number>();
  for (const role of ROLE_KEYS) {
    for (const candidate of PROVIDER_ROLES[role]) {
      const index = normalised.indexOf(normaliseHeader(candidate));
      if (index >= 0) {
        found.set(role, index);
        break;
      }
    }
  }
  return found;
}

/** Roles whose presence (with `URN`) marks a sheet as a list of settings, not of conditions or notes. */
const SETTING_EVIDENCE: readonly ProviderRole[] = [
  'status',
  'closedDate',
  'placementCodes',
  'providerCodes',
  'ownerName',
  'ownerId',
];

/**
 * How strongly normalised headers look like a provider list's settings
 * sheet: 0 without `URN`, else the number of known roles found, but at most 1
 * unless a status, date, code or owner column is there too (the CH list's
 * `Registration Conditions` sheet has URN, name and LA only).
 */
export function settingsSheetScore(normalisedHeaders: readonly string[]): number {
  if (!normalisedHeaders.includes('urn')) return 0;
  const roles = mapRoles(normalisedHeaders);
  return SETTING_EVIDENCE.some((role) => roles.has(role)) ? roles.size : 1;
}

/** The minimum {@link settingsSheetScore} of a settings sheet: URN, one evidence role and one more. */
export const SETTINGS_SHEET_MINIMUM = 3;

/**
 * Names the layout from the normalised header rows of the settings sheets,
 * by the headers only one layout has (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england table).
 */
export function detectLayout(sheets: readonly (readonly string[])[]): ProviderLayout {
  const has = (header: string): boolean => sheets.some((headers) => headers.includes(header));
  if (has('provider placement code') || has('provider status')) return 'ch';
  if (has('provision type') && has('organisation name')) return 'scp';
  if (has('top_company')) return 'scp-ch-2025';
  if (has('provider local authority')) return 'scpch-assisted';
  if (has('owner id') && has('placement provider code')) return 'combined-scp-ch';
  return 'other';
}

/** True for a supported-accommodation sheet (`SA Providers`): it names the provider's and the setting's LA. */
export function isSupportedAccommodationSheet(normalisedHeaders: readonly string[]): boolean {
  return normalisedHeaders.includes('provider local authority');
}
