import { describe, expect, it } from 'vitest';
import { groupCaption } from '../../../../../renderer/src/features/indicators/group-caption';

const year = { label: '2025/26', start: '2025-04-01', end: '2026-03-31', detected: true };

describe('groupCaption', () => {
  it('gives the SSDA903 collection year, 1 April to 31 March', () => {
    expect(groupCaption('ssda903', { year, asAt: null, census: null })).toBe(
      'From SSDA903 returns, collection year 2025/26 (1 April 2025 to 31 March 2026)',
    );
  });

  it('gives the date the Annex A lists describe', () => {
    expect(groupCaption('annex-a', { year, asAt: '2026-03-29', census: null })).toBe(
      'From Annex A lists, at 29 March 2026',
    );
  });

  it('gives the CIN census year, not the 903 year, for the census group', () => {
    const census = { label: '2024/25', start: '2024-04-01', end: '2025-03-31', detected: true };
    expect(groupCaption('cin-census', { year, asAt: null, census })).toBe(
      'From the CIN census, census year 2024/25 (1 April 2024 to 31 March 2025)',
    );
  });

  it('says when no date was imported', () => {
    const none = { year: null, asAt: null, census: null };
    expect(groupCaption('ssda903', none)).toMatch(/no collection year/);
    expect(groupCaption('annex-a', none)).toMatch(/no list date/);
    expect(groupCaption('cin-census', none)).toMatch(/no census imported/);
  });
});
