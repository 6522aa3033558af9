/**
 * Words for the engine's codes, for people: how a setting is tied to a
 * delegated provider, and the SSDA903 placement types (PLACE) a flag's
 * placements were in. Codes the list does not know are shown as written.
 */
import type { Conflict } from './types';

/** How a flag's setting is tied to the delegated provider. */
export const relationLabels: Readonly<Record<Conflict['kind'], string>> = {
  'same-entity': 'Same body: the delegated provider owns the setting',
  'same-group': 'Same corporate group: the owner and the delegated provider share a parent',
};

/** A short form of {@link relationLabels}, for table cells. */
export const relationShortLabels: Readonly<Record<Conflict['kind'], string>> = {
  'same-entity': 'Same body',
  'same-group': 'Same corporate group',
};

/**
 * SSDA903 placement types (PLACE), from the DfE's children looked after
 * return guide (https://www.gov.uk/government/collections/children-looked-after-return).
 */
const placementTypes: Readonly<Record<string, string>> = {
  A3: 'Placed for adoption with current foster carer (consent or placement order)',
  A4: 'Placed for adoption, not with current foster carer (consent or placement order)',
  A5: 'Placed for adoption with current foster carer (placement order)',
  A6: 'Placed for adoption, not with current foster carer (placement order)',
  H5: 'Semi-independent living accommodation',
  K1: 'Secure children’s home',
  K2: 'Children’s home',
  P1: 'Placed with parents or others with parental responsibility',
  P2: 'Independent living',
  P3: 'Residential employment',
  R1: 'Residential care home',
  R2: 'NHS or health establishment',
  R3: 'Family centre or mother and baby unit',
  R5: 'Young offender institution or prison',
  S1: 'Residential school',
  U1: 'Foster placement with relative or friend: long term',
  U2: 'Foster placement with relative or friend who is an approved adopter',
  U3: 'Foster placement with relative or friend: other',
  U4: 'Foster placement with other foster carer: long term',
  U5: 'Foster placement with other foster carer who is an approved adopter',
  U6: 'Foster placement with other foster carer: other',
  Z1: 'Other placement',
};

/** A placement type in words, with its code: `Children’s home (K2)`. */
export function placementTypeLabel(code: string | null): string {
  if (code === null || code === '') return 'Not recorded';
  const label = placementTypes[code];
  return label === undefined ? `Code ${code}` : `${label} (${code})`;
}
