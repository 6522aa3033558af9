/**
 * Ofsted unique reference numbers (URNs) as the DfE's looked-after children
 * guidance gives them for a placement: `SC` and six digits or seven digits;
 * `XXXXXXX` for a setting Ofsted does not inspect (CQC or ISI settings,
 * regional adoption agencies). Source: data-to-insight/ssd-data-model
 * `ssd_cla_placement.yml`; DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return; Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england.
 */

/** How a URN value reads: an Ofsted URN, the "no Ofsted setting" code, blank, or neither. */
export type UrnKind = 'ofsted' | 'no-ofsted-setting' | 'blank' | 'nonstandard';

/** The code that means "this placement has no Ofsted URN" (seven X). */
const NO_OFSTED_URN = 'XXXXXXX';

/** Classifies a URN already trimmed to text. Case is ignored (`sc123456` is an Ofsted URN). */
export function classifyUrn(urn: string): UrnKind {
  if (urn === '') return 'blank';
  const upper = urn.toUpperCase();
  if (upper === NO_OFSTED_URN) return 'no-ofsted-setting';
  return /^(SC\d{6}|\d{7})$/.test(upper) ? 'ofsted' : 'nonstandard';
}
