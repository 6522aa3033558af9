/**
 * Synthetic SSDA903 tables for timing the indicators engine (the README’s How fast table: all
 * indicators for a council with 100,000 episodes under 200 ms) and for
 * property tests. Deterministic for a seed. Rows are shaped as the 903
 * readers keep them: `{ row, values }`, every value text, dates `dd/mm/yyyy`.
 */
import type {
  IndicatorSource,
  RecordRow,
  Ssda903TableName,
} from '../../../../../shared/records/indicators';
import { civil, dayOf } from '../../../../../shared/records/indicators/dates';

/** What to generate. */
export type SyntheticOptions = {
  /** Episode rows wanted (the last child may take the total a few over). */
  readonly episodes: number;
  readonly seed?: number;
  /** First calendar year of the collection year the data centres on (default 2017, for 2017/18). */
  readonly startYear?: number;
};

/** A small seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A day number as `dd/mm/yyyy`. */
export function dfeDate(day: number): string {
  const [year, month, date] = civil(day);
  return `${String(date).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

const PLACES = ['U1', 'U3', 'U4', 'U5', 'U6', 'K2', 'H5', 'P1', 'R1', 'S1', 'A5', 'T2', 'Z1'];
const PROVIDERS = ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'];
const CHANGES = ['P', 'P', 'P', 'L', 'B', 'T', 'U'];
const IN_TOUCH = ['YES', 'YES', 'YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM'];
const ACTIVITIES = ['F1', 'F2', 'F3', 'P1', 'P2', 'P3', 'G4', 'G5', 'G6'];

const TABLES = ['Header', 'Episodes', 'Reviews', 'Missing', 'OC2', 'OC3', 'SW_Episodes'] as const;

type Tables = Record<
  'Header' | 'Episodes' | 'Reviews' | 'Missing' | 'OC2' | 'OC3' | 'SW_Episodes',
  RecordRow[]
>;

/** Synthetic 903 tables: Header, Episodes, Reviews, Missing, OC2, OC3 and SW_Episodes. */
export function syntheticSsda903(
  options: SyntheticOptions,
): Partial<Record<Ssda903TableName, RecordRow[]>> {
  const random = seededRandom(options.seed ?? 903);
  const pick = <T>(items: readonly T[], fallback: T): T =>
    items[Math.floor(random() * items.length)] ?? fallback;
  const startYear = options.startYear ?? 2017;
  const yearStart = dayOf(startYear, 4, 1);
  const yearEnd = dayOf(startYear + 1, 3, 31);
  const tables: Tables = {
    Header: [],
    Episodes: [],
    Reviews: [],
    Missing: [],
    OC2: [],
    OC3: [],
    SW_Episodes: [],
  };
  const add = (table: keyof Tables, values: Record<string, string>): void => {
    tables[table].push({ row: tables[table].length + 2, values });
  };
  for (let child = 1; tables.Episodes.length < options.episodes; child += 1) {
    const id = String(100000 + child);
    const dob = yearEnd - Math.floor(random() * 18 * 365);
    const DOB = dfeDate(dob);
    add('Header', {
      CHILD: id,
      SEX: pick(['1', '2'], '1'),
      DOB,
      ETHNIC: 'WBRI',
      UPN: '',
      MOTHER: '',
      MC_DOB: '',
    });
    // A period of care that may begin years before the collection year; as in a
    // real return, only the episodes still open on 1 April or begun since are kept.
    let start = Math.max(dob, yearStart - Math.floor(random() * 5 * 365));
    const periodFrom = start;
    const shortBreaks = random() < 0.03;
    let end = start;
    for (let at = 0; end !== Number.POSITIVE_INFINITY; at += 1) {
      end = start + 20 + Math.floor(random() * 600);
      const leaves = random() < 0.12;
      if (end > yearEnd) end = Number.POSITIVE_INFINITY;
      const last = leaves || end === Number.POSITIVE_INFINITY;
      if (end >= yearStart) {
        add('Episodes', {
          CHILD: id,
          DECOM: dfeDate(start),
          RNE: at === 0 ? 'S' : pick(CHANGES, 'P'),
          LS: shortBreaks ? 'V3' : pick(['C2', 'C2', 'C1', 'V2', 'E1'], 'C2'),
          CIN: 'N1',
          PLACE: pick(PLACES, 'U4'),
          PLACE_PROVIDER: pick(PROVIDERS, 'PR1'),
          DEC: end === Number.POSITIVE_INFINITY ? '' : dfeDate(end),
          REC: end === Number.POSITIVE_INFINITY ? '' : last ? 'E13' : 'X1',
          REASON_PLACE_CHANGE: '',
          HOME_POST: 'AB1 2CD',
          PL_POST: 'EF3 4GH',
          URN: String(1000000 + Math.floor(random() * 8999999)),
        });
      }
      if (last) break;
      start = end;
    }
    start = periodFrom;
    const periodStart = dfeDate(start);
    // Reviews: about on time, with some late.
    let review = Math.min(end, yearEnd + 200, start + 20 + Math.floor(random() * 20));
    for (let held = 0; review <= Math.min(end, yearEnd); held += 1) {
      if (review >= yearStart)
        add('Reviews', { CHILD: id, DOB, REVIEW: dfeDate(review), REVIEW_CODE: 'PN1' });
      review += (held === 0 ? 80 : 170) + Math.floor(random() * 30);
    }
    if (random() < 0.1) {
      const times = 1 + Math.floor(random() * 3);
      for (let at = 0; at < times; at += 1) {
        const from = yearStart + Math.floor(random() * 365);
        add('Missing', {
          CHILD: id,
          DOB,
          MISSING: pick(['M', 'A'], 'M'),
          MIS_START: dfeDate(from),
          MIS_END: dfeDate(from + 2),
        });
      }
    }
    const yes = (): string => (random() < 0.8 ? '1' : '0');
    add('OC2', {
      CHILD: id,
      DOB,
      SDQ_SCORE: '',
      SDQ_REASON: '',
      CONVICTED: '0',
      HEALTH_CHECK: yes(),
      IMMUNISATIONS: yes(),
      TEETH_CHECK: yes(),
      HEALTH_ASSESSMENT: yes(),
      SUBSTANCE_MISUSE: '0',
      INTERVENTION_RECEIVED: '',
      INTERVENTION_OFFERED: '',
    });
    if (random() < 0.05) {
      const suitable = random() < 0.85 ? '1' : '2';
      add('OC3', {
        CHILD: id,
        DOB,
        IN_TOUCH: pick(IN_TOUCH, 'YES'),
        ACTIV: pick(ACTIVITIES, 'F1'),
        ACCOM: `${pick(['B', 'C', 'S', 'T'], 'B')}${suitable}`,
      });
    }
    let workerStart = dayOf(dfeYear(periodStart), 1, 1);
    const workers = 1 + Math.floor(random() * 3);
    for (let at = 0; at < workers; at += 1) {
      add('SW_Episodes', {
        CHILD: id,
        DOB,
        SW_ID: `SW${Math.floor(random() * 500)}`,
        SW_DECOM: dfeDate(workerStart),
        SW_DEC: '',
        SW_REASON: 'MANAGE',
      });
      workerStart += 60 + Math.floor(random() * 300);
    }
  }
  return tables;
}

function dfeYear(text: string): number {
  return Number(text.slice(6, 10));
}

/** The rows of `tables` for the children whose CHILD passes `keep`. */
export function childrenOf(
  tables: Partial<Record<Ssda903TableName, RecordRow[]>>,
  keep: (child: string) => boolean,
): Partial<Record<Ssda903TableName, RecordRow[]>> {
  const out: Partial<Record<Ssda903TableName, RecordRow[]>> = {};
  for (const name of TABLES) {
    const rows = tables[name];
    if (rows !== undefined) out[name] = rows.filter((row) => keep(String(row.values.CHILD ?? '')));
  }
  return out;
}

/**
 * A council whose own return holds every child, and `providers` delegated
 * providers, each importing its share of the children again (about half the
 * children in all): the shape the council de-duplicates.
 */
export function syntheticSources(
  options: SyntheticOptions & { readonly providers: number },
): IndicatorSource[] {
  const tables = syntheticSsda903(options);
  const sources: IndicatorSource[] = [
    { kind: 'council', id: 'la', name: 'Synthetic Council', tables },
  ];
  for (let at = 0; at < options.providers; at += 1) {
    sources.push({
      kind: 'provider',
      id: `provider-${at + 1}`,
      name: `Provider ${at + 1}`,
      tables: childrenOf(tables, (child) => Number(child) % (2 * options.providers) === at),
    });
  }
  return sources;
}
