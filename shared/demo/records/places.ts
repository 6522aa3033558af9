/**
 * The demo's geography: Northmoor and its fictional neighbours, with postcode
 * areas that do not exist in the UK (NM, EV, CK, RW), so no generated postcode
 * is anyone's address. Postcodes have the real shape (area, district, space,
 * sector digit, two unit letters without C, I, K, M, O or V), which is what
 * the readers and the DfE validator check.
 */
import type { Random, Weighted } from './random';

/** A local authority area of the demo. */
export type Area = {
  /** The LA's name as provider lists and Annex A write it. */
  readonly la: string;
  /** Its postcode area (one or two letters). */
  readonly postcodeArea: string;
  /** Its postcode districts. */
  readonly districts: number;
  /** Whether this is the demo council's own area. */
  readonly home: boolean;
};

/** The demo council's area and its neighbours. */
export const AREAS = {
  northmoor: { la: 'Northmoor', postcodeArea: 'NM', districts: 9, home: true },
  eastvale: { la: 'Eastvale', postcodeArea: 'EV', districts: 6, home: false },
  calderbrook: { la: 'Calderbrook', postcodeArea: 'CK', districts: 5, home: false },
  ravensworth: { la: 'Ravensworth', postcodeArea: 'RW', districts: 4, home: false },
} as const satisfies Record<string, Area>;

/** The key of one of {@link AREAS}. */
export type AreaKey = keyof typeof AREAS;

const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ'.split('');
const AREA_KEYS: readonly AreaKey[] = ['northmoor', 'eastvale', 'calderbrook', 'ravensworth'];

/** A postcode in `area`, e.g. `NM4 7QT`. */
export function postcodeIn(random: Random, area: AreaKey): string {
  const { postcodeArea, districts } = AREAS[area];
  const unit = `${random.pick(UNIT_LETTERS)}${random.pick(UNIT_LETTERS)}`;
  return `${postcodeArea}${random.int(1, districts)} ${random.int(1, 9)}${unit}`;
}

/** The area a postcode is in, from its letters; undefined for a postcode outside the demo's areas. */
export function areaOfPostcode(postcode: string): AreaKey | undefined {
  const letters = /^[A-Z]+/.exec(postcode)?.[0];
  return AREA_KEYS.find((key) => AREAS[key].postcodeArea === letters);
}

/**
 * Where foster carers live, by who approved them. An assumption in line with
 * DfE's finding that most children in council foster care live inside the
 * council's area and most in agency foster care nearby but often outside it.
 */
export const CARER_AREAS: Readonly<Record<'council' | 'agency', Weighted<AreaKey>>> = {
  council: [
    ['northmoor', 88],
    ['eastvale', 8],
    ['calderbrook', 4],
  ],
  agency: [
    ['northmoor', 40],
    ['eastvale', 30],
    ['calderbrook', 20],
    ['ravensworth', 10],
  ],
};
