import { describe, expect, it } from 'vitest';
import { groupCaption } from '../../../../../renderer/src/features/indicators/group-caption';

const year = { label: '2025/26', start: '2025-04-01', end: '2026-03-31', detected: true };

describe('groupCaption', () => {
  it('gives the SSDA903 collection year, 1 April to 31 March', () => {
    expect(groupCaption('ssda903', { year, asAt: null })).toBe(
      'From SSDA903 returns, collection year 2025/26 (1 April 2025 to 31 March 2026)',
    );
  });

  it('gives the date the Annex A lists describe', () => {
    expect(groupCaption('annex-a', { year, asAt: '2026-03-29' })).toBe(
      'From Annex A lists, at 29 March 2026',
    );
  });

  it('says when no date was imported', () => {
    expect(groupCaption('ssda903', { year: null, asAt: null })).toMatch(/no collection year/);
    expect(groupCaption('annex-a', { year: null, asAt: null })).toMatch(/no list date/);
  });
});
