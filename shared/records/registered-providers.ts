import type { ParsedFile } from './read-files';
import { isSetting } from './row-shapes';
import type { RegisteredProvider } from './ssda903/dfe/rule';
import type { Setting } from './xlsx';

/**
 * The Ofsted providers the inspection's imported provider lists hold, by
 * URN, for the DfE's URN rules (1008: the URN is not a registered
 * provider; 219, 224: the placement type and provider codes the lists give
 * it; 221: postcode; 227, 228: registration and closure against the
 * placement's dates; DfE 903 validation rules,
 * https://www.gov.uk/guidance/children-looked-after-return).
 *
 * The key is the URN as the list writes it, trimmed and upper-cased (the
 * rules look up the episode's URN as written and upper-cased). A URN that
 * appears in several lists or sheets (a list from each of two dates) is one
 * provider: its earliest registration date, its latest closing date (a
 * later list records a closure an earlier one could not), and the first
 * non-blank of each other field.
 */
export function providersFrom(files: readonly ParsedFile[]): Map<string, RegisteredProvider> {
  const byUrn = new Map<string, RegisteredProvider>();
  for (const file of files) {
    if (file.kind !== 'ofsted-providers') continue;
    for (const rows of Object.values(file.tables)) {
      for (const row of rows) {
        if (!isSetting(row)) continue;
        const urn = row.urn.trim().toUpperCase();
        if (urn === '' || row.urnKind === 'blank' || row.urnKind === 'no-ofsted-setting') continue;
        byUrn.set(urn, merged(byUrn.get(urn), providerOf(urn, row)));
      }
    }
  }
  return byUrn;
}

/** A text field of a stored setting, which may be missing from an older stored read. */
function text(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value.trim() === '' ? undefined : value.trim();
}

function providerOf(urn: string, setting: Setting): RegisteredProvider {
  const fields: Record<string, string | undefined> = {
    registered: text(setting.registrationDate),
    closed: text(setting.closedDate),
    settingType: text(setting.providerType),
    localAuthority: text(setting.settingLocalAuthority) ?? text(setting.localAuthority),
    postcode: text(setting.postcode),
  };
  return { urn, ...definedOnly(fields), ...codesOf(setting.placementCodes, setting.providerCodes) };
}

/** Codes upper-cased, each once, blanks left out. */
function upperCodes(codes: readonly string[] | undefined): string[] {
  return [...new Set((codes ?? []).map((c) => c.trim().toUpperCase()).filter((c) => c !== ''))];
}

/** The codes fields, each only when the list gives some (an older stored read may lack them). */
function codesOf(
  place: readonly string[] | undefined,
  provider: readonly string[] | undefined,
): Pick<RegisteredProvider, 'placementCodes' | 'providerCodes'> {
  const placementCodes = upperCodes(place);
  const providerCodes = upperCodes(provider);
  return {
    ...(placementCodes.length === 0 ? {} : { placementCodes }),
    ...(providerCodes.length === 0 ? {} : { providerCodes }),
  };
}

function definedOnly(fields: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}

function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  return b === undefined || a <= b ? a : b;
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  return b === undefined || a >= b ? a : b;
}

function merged(old: RegisteredProvider | undefined, next: RegisteredProvider): RegisteredProvider {
  if (old === undefined) return next;
  return {
    urn: old.urn,
    ...definedOnly({
      registered: earlier(old.registered, next.registered),
      closed: later(old.closed, next.closed),
      settingType: old.settingType ?? next.settingType,
      localAuthority: old.localAuthority ?? next.localAuthority,
      postcode: old.postcode ?? next.postcode,
    }),
    ...codesOf(
      [...(old.placementCodes ?? []), ...(next.placementCodes ?? [])],
      [...(old.providerCodes ?? []), ...(next.providerCodes ?? [])],
    ),
  };
}
