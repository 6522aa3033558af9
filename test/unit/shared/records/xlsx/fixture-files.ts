import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository's `test/fixtures` folder (tests never read outside the repository). */
export const FIXTURES = path.resolve(import.meta.dirname, '../../../../fixtures');

/** The bytes of a file under `test/fixtures`, e.g. `ofsted-providers/ch_fake.xlsx`. */
export function fixtureBytes(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, relative)));
}

/** The five fake Ofsted provider lists of Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england. */
export const PROVIDER_FIXTURES = [
  'ch_fake.xlsx',
  'scp_fake.xlsx',
  'combined_scp_ch_fake.xlsx',
  'scp_ch_2025_fake.xlsx',
  'scpch_assisted.xlsx',
] as const;

/** Bytes of one fake provider list by file name. */
export function providerBytes(name: (typeof PROVIDER_FIXTURES)[number]): Uint8Array {
  return fixtureBytes(`ofsted-providers/${name}`);
}
