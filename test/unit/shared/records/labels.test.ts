import { describe, expect, it } from 'vitest';
import { kindLabel, ruleLabel } from '../../../../shared/records/labels';
import { SSDA903_SPEC_2024 } from '../../../../shared/records/ssda903/spec-2024';
import { TABLE_COLUMNS, TABLE_NAMES } from '../../../../shared/records/ssda903/tables';
import { columnHint } from '../../../../shared/records/ssda903-column-meanings';

describe('record labels', () => {
  it('names every kind the readers produce in words', () => {
    for (const kind of [
      'ssda903-csv',
      'ssda903-xml',
      'annex-a',
      'ofsted-providers',
      'ch-basic-company-data',
      'ch-psc-snapshot',
    ]) {
      expect(kindLabel(kind)).not.toBe(kind);
      expect(kindLabel(kind)).not.toMatch(/-/);
    }
    expect(kindLabel('something-new')).toBe('something-new');
  });

  it('puts rule ids into words, keeping the table and column', () => {
    expect(ruleLabel('903.Episodes.PLACE.code')).toBe('SSDA903 Episodes, PLACE: not a valid code');
    expect(ruleLabel('903.Episodes.DEC.before-DECOM')).toBe('SSDA903 Episodes, DEC: before DECOM');
    expect(ruleLabel('903.link.child-not-in-header')).toBe(
      'SSDA903 (across tables): child not in the Header table',
    );
    expect(ruleLabel('annex-a.date.invalid')).toBe('Annex A date: not valid');
    expect(ruleLabel('mystery')).toBe('mystery');
  });

  it('names the rules about a whole file or return, and a DfE rule by its code', () => {
    expect(ruleLabel('903.dfe.1008')).toBe('DfE rule 1008');
    expect(ruleLabel('903.dfe.205A')).toBe('DfE rule 205A');
    for (const rule of [
      '903.import.extra-column',
      '903.year.table-not-in-year',
      '903.import.refused-file',
    ]) {
      const label = ruleLabel(rule);
      expect(label, rule).toMatch(/^SSDA903: [a-z]/);
      expect(label, rule).not.toMatch(/-/);
    }
    expect(ruleLabel('903.import.extra-column')).toContain('column');
    expect(ruleLabel('903.year.table-not-in-year')).toContain('collection year');
    expect(ruleLabel('903.import.refused-file')).toContain('refused');
  });

  it('explains every column of every 903 table, with the codes the 2024 spec allows', () => {
    for (const table of TABLE_NAMES) {
      for (const column of TABLE_COLUMNS[table]) {
        expect(columnHint(table, column)?.meaning, `${table}.${column}`).toBeTruthy();
      }
    }
    const rne = columnHint('Episodes', 'RNE');
    expect(rne?.codes).toEqual(SSDA903_SPEC_2024.Episodes.RNE.category.map((c) => c.code.trim()));
    expect(columnHint('Episodes', 'DECOM')?.codes).toEqual([]);
    expect(columnHint('List 8', 'Date of Birth')).toBeUndefined();
  });
});
