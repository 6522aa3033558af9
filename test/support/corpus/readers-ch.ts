/**
 * Damaged and hostile Companies House bulk files (basic company data CSV,
 * PSC snapshot JSON lines, and the zips they come in) for the corpus.
 */
import { strToU8, zipSync } from 'fflate';
import { BASIC_COMPANY_DATA_HEADER } from '../../../shared/records/companies-house/columns';
import type { CorpusCase } from './case';
import {
  patchCentral,
  patched,
  refused,
  repeatedDeflate,
  reported,
  zipOfDeflated,
} from './reader-files';

const HEADER = BASIC_COMPANY_DATA_HEADER.map((name) => `"${name}"`).join(',');

/** One company row in the published layout: name and number, the rest blank. */
function company(k: number): string {
  const fields = BASIC_COMPANY_DATA_HEADER.map(() => '');
  fields[0] = `BRIGHTWATER CARE ${k} LIMITED`;
  fields[1] = String(10_000_000 + k);
  return fields.map((field) => `"${field}"`).join(',');
}

const BASIC = (): string =>
  `${HEADER}\n${Array.from({ length: 50 }, (_, k) => company(k)).join('\n')}\n`;

function psc(k: number): string {
  return JSON.stringify({
    company_number: String(10_000_000 + k),
    data: {
      kind: 'corporate-entity-person-with-significant-control',
      name: `PARENT ${k} LIMITED`,
      natures_of_control: ['ownership-of-shares-75-to-100-percent'],
      notified_on: '2020-01-01',
      identification: {
        registration_number: String(20_000_000 + k),
        country_registered: 'England',
      },
    },
  });
}

const PSC = (): string => `${Array.from({ length: 20 }, (_, k) => psc(k)).join('\n')}\n`;

const BASIC_ZIP = (): Uint8Array =>
  zipSync({ 'BasicCompanyData-2024-05-01-part1_7.csv': strToU8(BASIC()) });

/** A zip of one CSV that inflates to about `megabytes` MB of company rows. */
function bulkBomb(megabytes: number): Uint8Array {
  // 86 characters: a short row padded so that 258, deflate's longest copy, is three rows.
  const unit = `"BOMB LTD","12345678"${' '.repeat(64)}\n`;
  const times = Math.floor((megabytes * 1024 * 1024) / 258);
  const head = `${HEADER}\n`;
  const size = head.length + unit.length + times * 258;
  return zipOfDeflated('BasicCompanyData.csv', repeatedDeflate(head, unit, times, ''), size);
}

export const companiesHouseCases: readonly CorpusCase[] = [
  reported('ch-basic-good', 'control', 'BasicCompanyData-2024-05-01-part1_7.csv', BASIC),
  reported('ch-basic-zip-good', 'control', 'BasicCompanyData-2024-05-01-part1_7.zip', BASIC_ZIP),
  reported('ch-psc-good', 'control', 'psc-snapshot-2024-05-01_1of28.txt', PSC),
  refused(
    'ch-basic-two-columns',
    'wrong-columns',
    'BasicCompanyData-2024-05-01.csv',
    () =>
      `CompanyName,CompanyNumber\n${Array.from({ length: 55 }, (_, k) => `CARE ${k} LTD,${10_000_000 + k}`).join('\n')}\n`,
    { message: /columns/ },
  ),
  refused(
    'ch-basic-long-field',
    'field-length',
    'BasicCompanyData-2024-05-01.csv',
    () => `${HEADER}\n${company(1).replace('BRIGHTWATER', 'B'.repeat(100_000))}\n`,
  ),
  refused(
    'ch-basic-open-quote-swallows-file',
    'field-length',
    'BasicCompanyData-2024-05-01.csv',
    () =>
      `${HEADER}\n"UNCLOSED,${Array.from({ length: 2000 }, (_, k) => company(k).replaceAll('"', '')).join('\n')}\n`,
  ),
  refused('ch-zip-bomb-1900mb', 'zip-bomb', 'BasicCompanyData-2024-05-01.zip', () =>
    bulkBomb(1900),
  ),
  refused('ch-zip-two-files', 'zip-entries', 'BasicCompanyData-2024-05-01.zip', () =>
    zipSync({ 'a.csv': strToU8(BASIC()), 'b.csv': strToU8(BASIC()) }),
  ),
  refused('ch-zip-duplicate-names', 'duplicate-zip-entry', 'BasicCompanyData-2024-05-01.zip', () =>
    patched(
      zipSync({ 'part1.csv': strToU8(BASIC()), 'part2.csv': strToU8(PSC()) }),
      'part2.csv',
      'part1.csv',
    ),
  ),
  refused('ch-zip-cut-short', 'truncated', 'BasicCompanyData-2024-05-01.zip', () =>
    BASIC_ZIP().subarray(0, 200),
  ),
  refused('ch-zip-size-understated', 'lying-zip-header', 'BasicCompanyData-2024-05-01.zip', () =>
    patchCentral(BASIC_ZIP(), '.csv', 'size', 500),
  ),
  refused('ch-zip-wrong-crc', 'lying-zip-header', 'BasicCompanyData-2024-05-01.zip', () =>
    patchCentral(BASIC_ZIP(), '.csv', 'crc', 1),
  ),
  refused('ch-zip-20k-entries', 'entries-per-zip', 'BasicCompanyData-2024-05-01.zip', () => {
    const parts: Record<string, Uint8Array> = {};
    for (let k = 0; k < 20_000; k += 1) parts[`e${k}.csv`] = new Uint8Array();
    return zipSync(parts, { level: 0 });
  }),
  refused('ch-zip-in-zip', 'nested-zip', 'BasicCompanyData-2024-05-01.zip', () =>
    zipSync({ 'inner.zip': BASIC_ZIP() }, { level: 0 }),
  ),
  refused(
    'ch-psc-10mb-line',
    'field-length',
    'psc-snapshot-2024-05-01_1of28.txt',
    () =>
      `${psc(1)}\n{"company_number":"12345678","data":{"kind":"x","name":"${'N'.repeat(10 * 1024 * 1024)}"}}\n${psc(2)}\n`,
  ),
  reported(
    'ch-psc-proto-keys',
    'prototype-keys',
    'psc-snapshot-2024-05-01_1of28.txt',
    () =>
      `${psc(1)}\n{"__proto__":{"kind":"x"},"company_number":"12345678","data":{"kind":"constructor","constructor":1}}\n`,
  ),
];
