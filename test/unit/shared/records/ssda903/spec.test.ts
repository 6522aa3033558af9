import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  columnChecks,
  SPEC_SECTION,
  SSDA903_SPEC_2024,
  TABLE_COLUMNS,
  TABLE_NAMES,
} from '../../../../../shared/records/ssda903';
import { fixtureText } from './fixture-files';

/** The YAML as liia-tools reads it (PyYAML: YAML 1.1, so `canbeblank: no` is false). */
const yaml: unknown = parse(fixtureText('spec/SSDA903_schema_2024.yml'), { version: '1.1' });

describe('SSDA903_SPEC_2024 (generated from SSDA903_schema_2024.yml)', () => {
  it('equals the YAML column_map exactly', () => {
    expect(yaml).toEqual({ column_map: SSDA903_SPEC_2024 });
  });

  it('has the eleven sections data-formats.md lists', () => {
    expect(Object.keys(SSDA903_SPEC_2024).sort()).toEqual(
      [
        'AD1',
        'Episodes',
        'Header',
        'Missing',
        'OC2',
        'OC3',
        'PlacedAdoption',
        'PrevPerm',
        'Reviews',
        'SocialWorker',
        'UASC',
      ].sort(),
    );
  });

  it('specifies exactly the validator columns of every table it covers', () => {
    for (const table of TABLE_NAMES) {
      const section = SPEC_SECTION[table];
      if (section === undefined) continue;
      expect(Object.keys(SSDA903_SPEC_2024[section]).sort(), table).toEqual(
        [...TABLE_COLUMNS[table]].sort(),
      );
    }
  });

  it('compiles a check for every column of every table, DoLo included', () => {
    for (const table of TABLE_NAMES) {
      const checked = columnChecks(table).map((check) => check.column);
      expect(checked, table).toEqual(expect.arrayContaining([...TABLE_COLUMNS[table]]));
    }
  });

  it('trims the YAML typo "PCCHAN " so PCCHAN is a valid SW_REASON', () => {
    const reason = columnChecks('SW_Episodes').find((check) => check.column === 'SW_REASON');
    expect(reason?.codes.has('PCCHAN')).toBe(true);
    expect(reason?.codes.size).toBe(10);
  });

  it('reads the types data-formats.md states: dates, URN as blankable text', () => {
    const episodes = columnChecks('Episodes');
    expect(episodes.find((check) => check.column === 'DECOM')?.kind).toBe('date');
    expect(episodes.find((check) => check.column === 'URN')).toMatchObject({
      kind: 'text',
      canBeBlank: true,
    });
    expect(columnChecks('OC2').find((check) => check.column === 'SDQ_SCORE')?.kind).toBe('integer');
  });
});
