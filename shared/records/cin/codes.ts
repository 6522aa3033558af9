/**
 * The CIN census code sets, as each year's schema lists them (the DfE's
 * "Children in need census: guide" code tables,
 * https://www.gov.uk/government/collections/children-in-need-census). A
 * census year is named by the 31 March it ends on: 2024 is the 2023 to 2024
 * census.
 */
import { DFE_ETHNICITY_CODES } from '../ethnicity';

/** The code lists a census leaf may take its values from. */
export type CinCodeList =
  | 'yesno'
  | 'upnUnknown'
  | 'sex'
  | 'ethnicity'
  | 'disability'
  | 'referralSource'
  | 'abuse'
  | 'primaryNeed'
  | 'closure'
  | 'factor';

const FACTORS_2017 = [
  '1A',
  '1B',
  '1C',
  '2A',
  '2B',
  '2C',
  '3A',
  '3B',
  '3C',
  '4A',
  '4B',
  '4C',
  '5A',
  '5B',
  '5C',
  '6A',
  '6B',
  '6C',
  '7A',
  '8B',
  '8C',
  '8D',
  '8E',
  '8F',
  '9A',
  '10A',
  '11A',
  '12A',
  '13A',
  '14A',
  '15A',
  '16A',
  '17A',
  '18A',
  '19A',
  '20',
  '21',
  '22A',
  '23A',
];

const REFERRAL_SOURCES = [
  '1A',
  '1B',
  '1C',
  '1D',
  '2A',
  '2B',
  '3A',
  '3B',
  '3C',
  '3D',
  '3E',
  '3F',
  '4',
  '5A',
  '5B',
  '5C',
  '6',
  '7',
  '8',
  '9',
  '10',
];

const KNOWN = new Map<string, readonly string[]>();

/**
 * The values `list` allows in census year `year`. Built once per list and
 * year: the rules ask for a list once per row checked.
 */
export function codesFor(list: CinCodeList, year: number): readonly string[] {
  const key = `${list} ${year}`;
  let codes = KNOWN.get(key);
  if (codes === undefined) {
    codes = Object.freeze([...listFor(list, year)]);
    KNOWN.set(key, codes);
  }
  return codes;
}

const SETS = new Map<CinCodeList, Map<number, ReadonlySet<string>>>();

/**
 * The values `list` allows in census year `year`, as a set: one lookup per
 * value checked (the rules ask for a set once per row).
 */
export function codeSetFor(list: CinCodeList, year: number): ReadonlySet<string> {
  let byYear = SETS.get(list);
  if (byYear === undefined) {
    byYear = new Map();
    SETS.set(list, byYear);
  }
  let codes = byYear.get(year);
  if (codes === undefined) {
    codes = new Set(codesFor(list, year));
    byYear.set(year, codes);
  }
  return codes;
}

function listFor(list: CinCodeList, year: number): readonly string[] {
  switch (list) {
    case 'yesno':
      return ['0', '1'];
    case 'upnUnknown':
      return ['UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7'];
    case 'sex':
      // From 2024 to 2025 the census records sex (M, F, U) in place of gender (1, 2, 0, 9).
      return year >= 2025 ? ['M', 'F', 'U'] : ['1', '2', '0', '9'];
    case 'ethnicity':
      return DFE_ETHNICITY_CODES;
    case 'disability':
      return [
        'NONE',
        'MOB',
        'HAND',
        'PC',
        'INC',
        'COMM',
        'LD',
        'HEAR',
        'VIS',
        'BEH',
        'CON',
        'AUT',
        'DDA',
      ];
    case 'referralSource':
      // 5D (LA services: early help) from the 2022 to 2023 census.
      return year >= 2023
        ? [...REFERRAL_SOURCES.slice(0, 16), '5D', ...REFERRAL_SOURCES.slice(16)]
        : REFERRAL_SOURCES;
    case 'abuse':
      return ['NEG', 'PHY', 'SAB', 'EMO', 'MUL'];
    case 'primaryNeed':
      return ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9', 'N0'];
    case 'closure':
      // RC9 (closed after assessment, referred to early help) from the 2022 to 2023 census.
      return [
        'RC1',
        'RC2',
        'RC3',
        'RC4',
        'RC5',
        'RC6',
        'RC7',
        'RC8',
        ...(year >= 2023 ? ['RC9'] : []),
      ];
    case 'factor':
      return factorsFor(year);
  }
}

function factorsFor(year: number): readonly string[] {
  let codes = FACTORS_2017;
  // Physical and sexual abuse split by who abused (18B/18C, 19B/19C) from 2020 to 2021.
  if (year >= 2021) {
    codes = codes.flatMap((code) =>
      code === '18A' ? ['18A', '18B', '18C'] : code === '19A' ? ['19A', '19B', '19C'] : [code],
    );
  }
  // Child criminal exploitation (24A) from 2021 to 2022.
  if (year >= 2022) codes = [...codes, '24A'];
  return codes;
}
