/**
 * DfE 903 rules 700–710: deprivation of liberty orders (the DoLo table,
 * from 2026/27). Each rule's text is in catalogue.ts; a comment gives the
 * reading where the text leaves a choice. DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 */
import { parseDfeDate } from '../dates';
import { blank, byChild, code, dateOf, rowsOf, type SourcedRow, rowsByChild } from './helpers';
import { collectionDays, latestBy, overlaps, sortedBy } from './helpers-r4';
import type { DfeFlag, DfeInput, DfeRule } from './rule';

/**
 * Rule 709: the placements a child under a DoLO is expected to be in (the
 * rule's own list): K2 a children's home, and the 2025/26 codes Z12, Z13.
 */
const EXPECTED_PLACEMENTS = new Set(['K2', 'Z12', 'Z13']);

/**
 * Rule 710: placements a child under a DoLO cannot be in: K1 secure
 * children's home, P1 with parents, R5 young offender institution, K3
 * supported accommodation.
 */
const FORBIDDEN_PLACEMENTS = new Set(['K1', 'P1', 'R5', 'K3']);

/**
 * Each DoLO with a start date, with the child's episodes that share a day
 * with it. Reading for 709 and 710: a DoLO with no end date is still in
 * force, so it runs on past the year's end; an episode with no DEC is open.
 */
function* doloEpisodes(input: DfeInput): Generator<readonly [SourcedRow, readonly SourcedRow[]]> {
  const episodes = rowsByChild(input.tables.Episodes);
  for (const [child, dolos] of byChild(input.tables.DoLo)) {
    const rows = episodes.get(child) ?? [];
    for (const dolo of dolos) {
      const start = dateOf(dolo[1], 'DOLO_START');
      if (start === undefined) continue;
      const end = dateOf(dolo[1], 'DOLO_END');
      const during = rows.filter(([, row]) => {
        const decom = dateOf(row, 'DECOM');
        return decom !== undefined && overlaps(start, end, decom, dateOf(row, 'DEC'));
      });
      yield [dolo, during];
    }
  }
}

/** Flags each DoLO (and, when `alsoEpisode`, each episode) whose overlapping episode's PLACE breaks `bad`. */
function placementRule(
  input: DfeInput,
  flag: DfeFlag,
  bad: (place: string) => boolean,
  alsoEpisode: boolean,
): void {
  const flaggedEpisodes = new Set<SourcedRow>();
  for (const [[source, row], during] of doloEpisodes(input)) {
    const wrong = during.filter(([, episode]) => bad(code(episode, 'PLACE')));
    const first = wrong[0];
    if (first === undefined) continue;
    const places = wrong.map(
      ([, episode]) => `${code(episode, 'PLACE')} from ${episode.values.DECOM ?? ''}`,
    );
    flag(source, row, 'DOLO_START', `placed in ${places.join(', ')}`);
    if (!alsoEpisode) continue;
    for (const episode of wrong) {
      if (flaggedEpisodes.has(episode)) continue;
      flaggedEpisodes.add(episode);
      flag(episode[0], episode[1], 'PLACE', `DoLO from ${row.values.DOLO_START ?? ''}`);
    }
  }
}

export const RULES_7XX: readonly DfeRule[] = [
  {
    // DOLO_START must be a date; the table requires it, so a blank one is
    // not a valid date either.
    code: '700',
    covers: [
      { table: 'DoLo', column: 'DOLO_START', kind: 'date' },
      { table: 'DoLo', column: 'DOLO_START', kind: 'blank' },
    ],
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.DoLo)) {
        if (parseDfeDate((row.values.DOLO_START ?? '').trim()) === undefined)
          flag(source, row, 'DOLO_START');
      }
    },
  },
  {
    // DOLO_END, when given (a DoLO still in force has none), must be a date.
    code: '701',
    covers: [{ table: 'DoLo', column: 'DOLO_END', kind: 'date' }],
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.DoLo)) {
        if (
          !blank(row, 'DOLO_END') &&
          parseDfeDate((row.values.DOLO_END ?? '').trim()) === undefined
        )
          flag(source, row, 'DOLO_END');
      }
    },
  },
  {
    // The end is strictly before the start, as the text says (a DoLO that
    // starts and ends on one day is not flagged).
    code: '702',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.DoLo)) {
        const start = dateOf(row, 'DOLO_START');
        const end = dateOf(row, 'DOLO_END');
        if (start !== undefined && end !== undefined && end < start)
          flag(source, row, ['DOLO_END', 'DOLO_START']);
      }
    },
  },
  {
    code: '703',
    check: (input, flag) => {
      const { end } = collectionDays(input);
      for (const [source, row] of rowsOf(input.tables.DoLo)) {
        const start = dateOf(row, 'DOLO_START');
        if (start !== undefined && start > end) flag(source, row, 'DOLO_START');
      }
    },
  },
  {
    code: '704',
    check: (input, flag) => {
      const year = collectionDays(input);
      for (const [source, row] of rowsOf(input.tables.DoLo)) {
        const end = dateOf(row, 'DOLO_END');
        if (end !== undefined && (end < year.start || end > year.end))
          flag(source, row, 'DOLO_END');
      }
    },
  },
  {
    // Taking a child's DoLOs in order of start, one that starts while an
    // earlier one has no end, or before an earlier one ends, is flagged (a
    // DoLO may start on the day the previous one ended).
    code: '705',
    check: ({ tables }, flag) => {
      for (const [, dolos] of byChild(tables.DoLo)) {
        const ordered = sortedBy(dolos, 'DOLO_START').filter(
          ([, row]) => dateOf(row, 'DOLO_START') !== undefined,
        );
        ordered.forEach(([source, row], at) => {
          const start = dateOf(row, 'DOLO_START') ?? 0;
          const open = ordered.slice(0, at).find(([, earlier]) => {
            const end = dateOf(earlier, 'DOLO_END');
            return end === undefined ? blank(earlier, 'DOLO_END') : end > start;
          });
          if (open !== undefined)
            flag(
              source,
              row,
              ['DOLO_START', 'DOLO_END'],
              `DoLO from ${open[1].values.DOLO_START ?? ''} still open`,
            );
        });
      }
    },
  },
  {
    // A DoLO open at the end of last year's return (no DOLO_END) must be in
    // this year's return with the same start. This year's first DoLO for the
    // child is flagged; a child with none this year is flagged on last
    // year's row (the only row there is).
    code: '706',
    check: ({ tables, previous }, flag) => {
      if (previous?.DoLo === undefined) return;
      const now = byChild(tables.DoLo);
      for (const [child, dolos] of byChild(previous.DoLo)) {
        for (const [lastSource, last] of dolos) {
          const start = dateOf(last, 'DOLO_START');
          if (!blank(last, 'DOLO_END') || start === undefined) continue;
          const rows = now.get(child) ?? [];
          if (rows.some(([, row]) => dateOf(row, 'DOLO_START') === start)) continue;
          const note = `last year's DoLO from ${last.values.DOLO_START ?? ''} is open`;
          const first = sortedBy(rows, 'DOLO_START')[0];
          if (first === undefined) flag(lastSource, last, 'DOLO_START', note);
          else flag(first[0], first[1], 'DOLO_START', note);
        }
      }
    },
  },
  {
    // The child has ceased to be looked after (their last episode, by DECOM,
    // has a DEC) but a DoLO has no end date.
    code: '707',
    check: ({ tables }, flag) => {
      const episodes = rowsByChild(tables.Episodes);
      for (const [child, dolos] of byChild(tables.DoLo)) {
        const last = latestBy(episodes.get(child) ?? [], 'DECOM');
        if (last === undefined || dateOf(last[1], 'DEC') === undefined) continue;
        for (const [source, row] of dolos) {
          if (blank(row, 'DOLO_END') && !blank(row, 'DOLO_START'))
            flag(source, row, 'DOLO_END', `ceased care on ${last[1].values.DEC ?? ''}`);
        }
      }
    },
  },
  {
    // DOLO_START before the child's birth: the DoLo row's DOB, or Header's
    // when the row has none.
    code: '708',
    check: ({ tables }, flag) => {
      const header = byChild(tables.Header);
      for (const [child, dolos] of byChild(tables.DoLo)) {
        const headerDob = (header.get(child) ?? [])
          .map(([, row]) => dateOf(row, 'DOB'))
          .find((day) => day !== undefined);
        for (const [source, row] of dolos) {
          const start = dateOf(row, 'DOLO_START');
          const dob = dateOf(row, 'DOB') ?? headerDob;
          if (start !== undefined && dob !== undefined && start < dob)
            flag(source, row, 'DOLO_START');
        }
      }
    },
  },
  {
    // An episode during the DoLO has a placement other than K2, Z12 or Z13:
    // the DoLO is flagged, naming the placements (a blank PLACE is left to
    // the rules on PLACE).
    code: '709',
    check: (input, flag) => {
      placementRule(input, flag, (place) => place !== '' && !EXPECTED_PLACEMENTS.has(place), false);
    },
  },
  {
    // An episode during the DoLO is in K1, P1, R5 or K3: both the DoLO and
    // the episode are flagged (either may be the one to correct).
    code: '710',
    check: (input, flag) => {
      placementRule(input, flag, (place) => FORBIDDEN_PLACEMENTS.has(place), true);
    },
  },
];
