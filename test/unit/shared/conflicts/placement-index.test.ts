import { describe, expect, it } from 'vitest';
import {
  buildOwnershipGraph,
  detectConflicts,
  detectPooled,
  placementIndexOf,
  placementsFrom903,
  poolPlacements,
} from '../../../../shared/conflicts';
import { mergedPlacement, mergePooled } from '../../../../shared/conflicts/merge-placements';
import { YEAR, setting } from './records';

/** A 903 Episodes row as the readers store it. */
function episode(row: number, values: Record<string, string>) {
  return { row, values: { CHILD: '7', DECOM: '01/05/2023', URN: 'SC000001', ...values } };
}

/** An Annex A List 8 row as the readers store it (cells may be numbers). */
function list8(row: number, values: Record<string, string | number | null>) {
  return { row, values: { 'Child Unique ID': 7, 'URN of Placement': 'SC000001', ...values } };
}

function merged(files: Parameters<typeof poolPlacements>[0]) {
  const result = mergePooled(poolPlacements(files));
  return Array.from(result.head, (_, at) => mergedPlacement(result, at));
}

describe("a file's placements index", () => {
  it('reads each episode and List 8 row as the placement the 903 and Annex A give', () => {
    const index = placementIndexOf({
      Episodes: [
        episode(2, {
          CHILD: ' 7 ',
          DEC: '03/06/2023',
          PLACE: 'k2',
          PLACE_PROVIDER: 'pr4',
          PL_POST: ' LS1 1AA ',
        }),
        episode(3, { DECOM: '31/02/2023', URN: '' }),
      ],
      'List 8': [
        list8(5, {
          'Start Date of Most Recent Placement': '2023-06-10',
          'Placement Type': 'K2',
          'Placement postcode': '',
          'Date Ceased to be Looked After': null,
        }),
      ],
      Header: [{ row: 2, values: { CHILD: '7' } }],
    });
    expect(index.kind.length).toBe(3);
    const [first, second, third] = merged([{ file: 'return.csv', index }]).map((p) => p);
    expect(first).toEqual({
      child: '7',
      start: '2023-05-01',
      end: '2023-06-03',
      place: 'K2',
      provider: 'PR4',
      urn: 'SC000001',
      postcode: 'LS1 1AA',
      sources: [{ file: 'return.csv', row: 2, kind: 'ssda903' }],
    });
    // 31 February is no date: the placement is kept, with no start, to be reported as skipped.
    expect(second).toMatchObject({ child: '7', start: null, urn: '', place: null, postcode: null });
    expect(third).toMatchObject({ child: '7', start: '2023-06-10', end: null, place: 'K2' });
    expect(third?.sources).toEqual([{ file: 'return.csv', row: 5, kind: 'annex-a' }]);
  });

  it('gives the placements the 903 reader always gave, one per episode', () => {
    const rows = [episode(2, { PLACE: 'k2' }), episode(3, { CHILD: '8', DEC: '02/05/2023' })];
    const index = placementIndexOf({ Episodes: rows });
    expect(merged([{ file: 'e.csv', index }])).toEqual(placementsFrom903('e.csv', rows));
  });

  it("pools files that share texts, so a List 8 row merges into another file's episode", () => {
    const episodes = placementIndexOf({
      Episodes: [episode(2, { DECOM: '01/01/2023', PLACE: 'K2' }), episode(3, { CHILD: '9' })],
    });
    const annex = placementIndexOf({
      'List 8': [
        list8(4, {
          'Start Date of Most Recent Placement': '2023-03-01',
          'Placement postcode': 'LS1 1AA',
        }),
      ],
    });
    // Given with the Annex A file first: source order still puts the episode first.
    const placements = merged([
      { file: 'annex.xlsx', index: annex },
      { file: 'episodes.csv', index: episodes },
    ]);
    expect(
      placements.map((p) => [p.child, p.start, p.postcode, p.sources.map((s) => s.file)]),
    ).toEqual([
      ['7', '2023-01-01', 'LS1 1AA', ['episodes.csv', 'annex.xlsx']],
      ['9', '2023-05-01', null, ['episodes.csv']],
    ]);
  });

  it('finds the same flags pooled from indexes as from the placements as objects', () => {
    const graph = buildOwnershipGraph({
      settings: [
        { file: 'providers.xlsx', settings: [setting('SC000001', 'Brightwater Care CIC')] },
      ],
    });
    const providers = [{ id: 'p', name: 'Brightwater Care Community Interest Company' }];
    const rows = [episode(2, {}), episode(3, { CHILD: '8', DECOM: '01/01/2020', DEC: '' })];
    const index = placementIndexOf({ Episodes: rows });
    const pooled = detectPooled(graph, {
      providers,
      placements: poolPlacements([{ file: 'e.csv', index }]),
      year: YEAR,
    });
    expect(pooled.conflicts.map((c) => [c.id, c.children])).toEqual([
      ['conflict:p:SC000001', ['7', '8']],
    ]);
    expect(pooled).toEqual(
      detectConflicts(graph, {
        providers,
        placements: placementsFrom903('e.csv', rows),
        year: YEAR,
      }),
    );
  });
});
