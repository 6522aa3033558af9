import { describe, expect, it } from 'vitest';
import {
  childIdColumn,
  childIdOfRow,
  computeIndicators,
  indicatorsCountingChild,
} from '../../../../../shared/records/indicators';
import { council, episode, provider, ratio } from './builders';

// Collection year 2017/18: 01/04/2017 – 31/03/2018.
const options = { year: 2017 };

const councilEpisodes = [
  // C1: three placements in the year, looked after at 31 March.
  episode('C1', '01/01/2017', '01/06/2017', { rne: 'S', place: 'U4' }),
  episode('C1', '01/06/2017', '01/12/2017', { rne: 'P', place: 'U5' }),
  episode('C1', '01/12/2017', '', { rne: 'P', place: 'K2', provider: 'PR4' }),
  // C2: one placement, looked after at 31 March.
  episode('C2', '01/01/2017', '', { rne: 'S' }),
  // C4: left care before 31 March, so outside the 31 March population.
  episode('C4', '01/05/2017', '01/06/2017', { rne: 'S' }),
  episode('C4', '01/06/2017', '01/03/2018', { rne: 'P' }),
];
const providerEpisodes = [episode('T1', '01/02/2017', '', { rne: 'S' })];
const sources = [
  council({ Episodes: councilEpisodes }),
  provider('trust', { Episodes: providerEpisodes }),
];

function membership(childId: string, id: string) {
  return indicatorsCountingChild(sources, childId, options).filter((entry) => entry.id === id);
}

describe('indicatorsCountingChild', () => {
  it('agrees with the whole report: C1 and C2 are the 3+ placements denominator, C1 its numerator', () => {
    const whole = computeIndicators(sources, options);
    // The hand count above: C1, C2, T1 looked after at 31 March; only C1 moved twice.
    expect(ratio(whole, 'placement-stability-3-plus')).toEqual([1, 3]);
    expect(membership('C1', 'placement-stability-3-plus')).toEqual([
      expect.objectContaining({ scope: 'council', inNumerator: true }),
    ]);
    expect(membership('C2', 'placement-stability-3-plus')).toEqual([
      expect.objectContaining({ scope: 'council', inNumerator: false }),
    ]);
  });

  it('leaves out indicators whose population the child is not in', () => {
    expect(membership('C4', 'placement-stability-3-plus')).toEqual([]);
    expect(indicatorsCountingChild(sources, 'NOBODY', options)).toEqual([]);
  });

  it('counts a provider’s child for the provider and for the council, which pools every body', () => {
    const scopes = membership('T1', 'placement-stability-3-plus').map((entry) => entry.scope);
    expect(scopes).toEqual(['council', 'trust']);
  });

  it('sums back to the whole report’s figures over every child', () => {
    const children = ['C1', 'C2', 'C4', 'T1'];
    const whole = computeIndicators(sources, options);
    for (const result of whole.indicators.filter((r) => r.available)) {
      const counted = children.flatMap((child) =>
        indicatorsCountingChild(sources, child, options).filter(
          (entry) => entry.id === result.id && entry.scope === result.scope,
        ),
      );
      expect([counted.filter((e) => e.inNumerator).length, counted.length]).toEqual([
        result.numerator,
        result.denominator,
      ]);
    }
  });
});

describe('childIdColumn', () => {
  it('finds CHILD in the 903 tables and Child Unique ID in the Annex A child lists', () => {
    expect(childIdColumn('Episodes')).toBe('CHILD');
    expect(childIdColumn('Header')).toBe('CHILD');
    expect(childIdColumn('List 8')).toBe('Child Unique ID');
    expect(childIdColumn('List 1')).toBe('Child Unique ID');
    expect(childIdColumn('List 11')).toBeUndefined();
    expect(childIdColumn('Providers')).toBeUndefined();
  });

  it('reads the id of a stored row, trimmed, and nothing from a blank cell', () => {
    expect(childIdOfRow('List 8', { row: 2, values: { 'Child Unique ID': ' A12 ' } })).toBe('A12');
    expect(childIdOfRow('Episodes', { row: 2, values: { CHILD: '' } })).toBeUndefined();
    expect(childIdOfRow('Episodes', 'not a row')).toBeUndefined();
  });
});
