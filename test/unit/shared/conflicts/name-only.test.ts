import { describe, expect, it } from 'vitest';
import type { DelegatedProvider, SettingRecord } from '../../../../shared/conflicts';
import {
  buildOwnershipGraph,
  daysWithin,
  detectConflicts,
  mergePlacements,
  placementsFromList8,
  severityOf,
} from '../../../../shared/conflicts';
import { readOfstedProviders } from '../../../../shared/records/xlsx';
import { providerBytes } from '../records/xlsx/fixture-files';
import { YEAR, placement, setting } from './records';

/** Flags and leads (id → kind) for one provider over settings with no Companies House data. */
function run(provider: DelegatedProvider, settings: readonly SettingRecord[]) {
  const graph = buildOwnershipGraph({ settings: [{ file: 'providers.xlsx', settings }] });
  const placements = settings.map((s, index) =>
    placement(`C${index}`, s.urn, '2023-05-01', null, index + 2),
  );
  const report = detectConflicts(graph, { providers: [provider], placements, year: YEAR });
  return {
    flags: Object.fromEntries(report.conflicts.map((c) => [c.setting.urn, c.kind])),
    leads: Object.fromEntries(report.leads.map((c) => [c.setting.urn, c.kind])),
  };
}

describe('without Companies House data: names alone', () => {
  it('the provider and an owner whose names normalise alike are one entity', () => {
    const provider = { id: 'p', name: 'Brightwater Care Community Interest Company' };
    expect(
      run(provider, [
        setting('SC000001', 'Brightwater Care CIC'),
        setting('SC000002', 'BRIGHTWATER CARE C.I.C.'),
        setting('SC000003', 'Brightwater Care Ltd'),
        setting('SC000004', 'Kestrel Homes Ltd'),
      ]),
    ).toEqual({
      flags: { SC000001: 'same-entity', SC000002: 'same-entity' },
      leads: { SC000003: 'same-entity' },
    });
  });

  it('Ltd is Limited and Parents is Parent\u2019s; a bare name is only a lead', () => {
    expect(
      run({ id: 'p', name: 'Kestrel Homes Limited' }, [
        setting('SC000001', 'Kestrel Homes Ltd'),
        setting('SC000002', 'Kestrel Homes'),
      ]),
    ).toEqual({ flags: { SC000001: 'same-entity' }, leads: { SC000002: 'same-entity' } });
    expect(
      run({ id: 'p', name: 'Sunrise Parents Trust' }, [
        setting('SC000001', "Sunrise Parent's Trust"),
      ]),
    ).toEqual({ flags: { SC000001: 'same-entity' }, leads: {} });
  });

  it("an owner whose top company is the provider is in the provider's group", () => {
    expect(
      run({ id: 'p', name: 'Together for Children Sunderland Ltd' }, [
        setting('SC000001', 'TfC Homes Ltd', {
          topCompany: 'Together for Children Sunderland Limited',
        }),
      ]),
    ).toEqual({ flags: { SC000001: 'same-group' }, leads: {} });
  });
});

describe('the combined fake provider list (data-formats.md §4)', () => {
  const list = readOfstedProviders(
    'combined_scp_ch_fake.xlsx',
    providerBytes('combined_scp_ch_fake.xlsx'),
  );
  const graph = buildOwnershipGraph({ settings: [list] });

  it('is one owner, by name, with four settings and its four Owner IDs kept', () => {
    expect([...graph.owners.values()].map((o) => [o.name, o.urns, o.ids])).toEqual([
      [
        'Middle Earth Management League',
        ['ARN00001', 'GND00002', 'MDR00003', 'RHN00004'],
        ['1234567', '2134567', '3124567', '4123567'],
      ],
    ]);
  });

  it('flags homes of the owner when the owner is the delegated provider', () => {
    const report = detectConflicts(graph, {
      providers: [{ id: 'meml', name: 'Middle Earth Management League' }],
      placements: [
        placement('1', 'MDR00003'),
        placement('2', 'RHN00004', '2023-06-01', '2023-07-01'),
      ],
      year: YEAR,
    });
    expect(
      report.conflicts.map((c) => [c.setting.urn, c.kind, c.children, c.owner.ids.length]),
    ).toEqual([
      ['MDR00003', 'same-entity', ['1'], 4],
      ['RHN00004', 'same-entity', ['2'], 4],
    ]);
    expect(report.conflicts[0]?.chain[0]?.via).toBe(
      'owner in the Ofsted provider list (Owner ID 1234567, 2134567, 3124567, 4123567)',
    );
  });
});

describe('severity', () => {
  it('is high for the same entity, then by children, days and share', () => {
    expect(severityOf('same-entity', { children: 1, days: 1, groupShare: 0 })).toBe('high');
    expect(severityOf('same-group', { children: 3, days: 10, groupShare: 0 })).toBe('high');
    expect(severityOf('same-group', { children: 1, days: 365, groupShare: 0 })).toBe('high');
    expect(severityOf('same-group', { children: 1, days: 10, groupShare: 0.1 })).toBe('high');
    expect(severityOf('same-group', { children: 2, days: 10, groupShare: 0.05 })).toBe('medium');
    expect(severityOf('same-group', { children: 1, days: 90, groupShare: 0.05 })).toBe('medium');
    expect(severityOf('same-group', { children: 1, days: 89, groupShare: 0.05 })).toBe('low');
  });
});

describe('placements', () => {
  const year = { from: 19448, until: 19448 + 366 }; // 2023-04-01 to 2024-03-31

  it('counts nights within the year, open placements to its end', () => {
    expect(daysWithin(placement('1', 'X', '2023-04-01', '2023-04-02'), year)).toBe(1);
    expect(daysWithin(placement('1', 'X', '2023-01-01', null), year)).toBe(366);
    expect(daysWithin(placement('1', 'X', '2023-01-01', '2023-04-01'), year)).toBe(0);
    expect(daysWithin(placement('1', 'X', '2022-01-01', '2023-03-31'), year)).toBeNull();
    expect(daysWithin(placement('1', 'X', '2024-04-01', null), year)).toBeNull();
  });

  it('merges a List 8 row into the 903 episode it falls within, not into an earlier one', () => {
    const list8 = placementsFromList8('annex.xlsx', [
      {
        row: 2,
        values: {
          'Child Unique ID': 7,
          'Start Date of Most Recent Placement': '2023-06-01',
          'URN of Placement': 'SC000001',
          'Placement Type': 'k2',
        },
      },
    ]);
    expect(list8[0]?.child).toBe('7');
    expect(list8[0]?.place).toBe('K2');
    const merged = mergePlacements([
      ...list8,
      placement('7', 'SC000001', '2023-01-01', '2023-03-01', 2),
      placement('7', 'SC000001', '2023-05-01', null, 3),
    ]);
    expect(merged.map((p) => [p.start, p.sources.map((s) => `${s.kind}:${s.row}`)])).toEqual([
      ['2023-01-01', ['ssda903:2']],
      ['2023-05-01', ['ssda903:3', 'annex-a:2']],
    ]);
  });
});
