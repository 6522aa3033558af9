import { describe, expect, it } from 'vitest';
import {
  anyEvidence,
  authorsOf,
  filterEvidence,
  foldText,
  indexEvidence,
  isFiltered,
  queryWords,
} from '../../../../../renderer/src/features/evidence/evidence-search';
import { makeEvidence } from './make-evidence';

const items = [
  makeEvidence('ev-1', {
    text: 'The director of children’s services gives an accurate account.',
    recordedAt: '2026-10-05T09:00:00.000Z',
  }),
  makeEvidence('ev-2', {
    source: 'prov-trust',
    kind: 'case-tracking',
    areas: ['help-and-protection'],
    text: 'Contacts are screened within one working day.',
    childIds: ['NM-1042', 'NM-1077'],
    author: 'Tom Hargreaves',
    recordedAt: '2026-10-05T10:00:00.000Z',
  }),
  makeEvidence('ev-3', {
    source: 'prov-swp',
    kind: 'case-sampling',
    areas: ['children-in-care', 'leaders'],
    finding: 'concern',
    text: 'Two children were placed in unregistered accommodation; Zoë’s plan was out of date.',
    author: 'Priya Natarajan',
    recordedAt: '2026-10-06T08:30:00.000Z',
  }),
  makeEvidence('ev-4', {
    finding: 'improvement',
    kind: 'performance-data',
    text: 'RE-REFERRALS rose to 24%.',
    author: 'Tom Hargreaves',
    recordedAt: '2026-10-06T08:30:00.000Z',
  }),
];
const index = indexEvidence(items);
const ids = (filter: Partial<typeof anyEvidence>) =>
  filterEvidence(index, { ...anyEvidence, ...filter }).map((e) => e.id);

describe('foldText and queryWords', () => {
  it('ignores case, accents and curly quotes', () => {
    expect(foldText('Zoë’s CAFÉ – “x”')).toBe('zoe\'s cafe - "x"');
    expect(queryWords('  Zoë   plan ')).toEqual(['zoe', 'plan']);
    expect(queryWords('   ')).toEqual([]);
  });
});

describe('filterEvidence', () => {
  it('lists everything newest first when nothing is set; equal times keep the later-recorded first', () => {
    expect(ids({})).toEqual(['ev-4', 'ev-3', 'ev-2', 'ev-1']);
    expect(isFiltered(anyEvidence)).toBe(false);
  });

  it('filters by area (any of an item’s areas), source, kind, finding and author', () => {
    expect(ids({ area: 'leaders' })).toEqual(['ev-4', 'ev-3', 'ev-1']);
    expect(ids({ area: 'children-in-care' })).toEqual(['ev-3']);
    expect(ids({ source: 'prov-trust' })).toEqual(['ev-2']);
    expect(ids({ kind: 'case-sampling' })).toEqual(['ev-3']);
    expect(ids({ finding: 'improvement' })).toEqual(['ev-4']);
    expect(ids({ author: 'Tom Hargreaves' })).toEqual(['ev-4', 'ev-2']);
    expect(ids({ author: 'Tom Hargreaves', finding: 'strength' })).toEqual(['ev-2']);
    expect(ids({ source: 'council', area: 'help-and-protection' })).toEqual([]);
  });

  it('searches text, child ids and author: every word, any case, any accents', () => {
    expect(ids({ query: 'zoe PLAN' })).toEqual(['ev-3']);
    expect(ids({ query: 'Zoë’s' })).toEqual(['ev-3']);
    expect(ids({ query: "children's director" })).toEqual(['ev-1']);
    expect(ids({ query: 're-referrals' })).toEqual(['ev-4']);
    expect(ids({ query: 'nm-1077' })).toEqual(['ev-2']);
    expect(ids({ query: 'natarajan' })).toEqual(['ev-3']);
    expect(ids({ query: 'hargreaves contacts' })).toEqual(['ev-2']);
    expect(ids({ query: 'contacts unregistered' })).toEqual([]);
    expect(ids({ query: 'hargreaves', finding: 'improvement' })).toEqual(['ev-4']);
    expect(isFiltered({ ...anyEvidence, query: 'x' })).toBe(true);
  });

  it('does not search the source, kind or areas as words', () => {
    expect(ids({ query: 'council' })).toEqual([]);
    expect(ids({ query: 'leaders' })).toEqual([]);
  });

  it('filters 10,000 items in well under a frame budget once indexed', () => {
    const kinds = ['meeting', 'audit', 'document'] as const;
    const many = Array.from({ length: 10_000 }, (_, n) =>
      makeEvidence(`ev-${n}`, {
        kind: kinds[n % 3] ?? 'meeting',
        finding: n % 7 === 0 ? 'concern' : 'strength',
        text: `Case ${n}: plans for children were reviewed ${n % 11 === 0 ? 'late' : 'on time'} by the café team.`,
        childIds: [`NM-${n}`],
        recordedAt: new Date(Date.UTC(2026, 9, 5) + n * 60_000).toISOString(),
      }),
    );
    const started = performance.now();
    const big = indexEvidence(many);
    const indexed = performance.now();
    const found = filterEvidence(big, { ...anyEvidence, kind: 'audit', query: 'CAFE late' });
    const filtered = performance.now();
    // n ≡ 1 (mod 3) and n ≡ 0 (mod 11): n ≡ 22 (mod 33).
    const expected = many.filter((_, n) => n % 33 === 22).length;
    expect(found).toHaveLength(expected);
    expect(found[0]?.id).toBe('ev-9988');
    // Generous bounds: a slow CI machine must still pass; the figures seen are far lower.
    expect(indexed - started).toBeLessThan(1000);
    expect(filtered - indexed).toBeLessThan(200);
  });
});

describe('authorsOf', () => {
  it('lists each author once, alphabetically', () => {
    expect(authorsOf(items)).toEqual(['Amara Okafor', 'Priya Natarajan', 'Tom Hargreaves']);
  });
});

describe('search by id', () => {
  const numbered = indexEvidence([
    makeEvidence('ev-1', { text: 'First' }),
    makeEvidence('ev-12', { text: 'Twelfth' }),
    makeEvidence('ev-120', { text: 'Hundred and twentieth', finding: 'concern' }),
  ]);
  const found = (filter: Partial<typeof anyEvidence>) =>
    filterEvidence(numbered, { ...anyEvidence, ...filter }).map((e) => e.id);

  it('finds the item whose id is typed whole, alone, in any case', () => {
    expect(found({ query: 'ev-12' })).toEqual(['ev-12']);
    expect(found({ query: ' EV-1 ' })).toEqual(['ev-1']);
  });

  it('finds every id containing a part typed, and still applies the filters', () => {
    expect(found({ query: '12' })).toEqual(['ev-120', 'ev-12']);
    expect(found({ query: 'ev' })).toEqual(['ev-120', 'ev-12', 'ev-1']);
    expect(found({ query: 'ev-12', finding: 'concern' })).toEqual([]);
  });
});
