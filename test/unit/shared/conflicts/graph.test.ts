import { describe, expect, it } from 'vitest';
import type { GraphInput } from '../../../../shared/conflicts';
import { buildOwnershipGraph, detectConflicts } from '../../../../shared/conflicts';
import type { Psc } from '../../../../shared/records/companies-house';
import { ancestors, descendants, ultimateParents } from '../../../../shared/conflicts/walk';
import { YEAR, company, control, placement, setting } from './records';

const companies = [
  company('00000001', 'ALPHA CARE LIMITED'),
  company('00000002', 'BETA HOMES LIMITED'),
  company('00000003', 'GAMMA FOSTERING LIMITED'),
];

function graphOf(pscs: Psc[], extra: Partial<GraphInput> = {}) {
  return buildOwnershipGraph({
    settings: [
      {
        file: 'providers.xlsx',
        settings: [
          setting('SC000002', 'Beta Homes Ltd'),
          setting('SC000003', 'Gamma Fostering Ltd'),
        ],
      },
    ],
    companies: [{ file: 'companies.csv', date: '2024-05-01', companies }],
    pscs: [{ file: 'psc.txt', date: '2024-05-01', pscs }],
    asOf: '2024-05-01',
    ...extra,
  });
}

function flags(pscs: Psc[], extra: Partial<GraphInput> = {}): string[] {
  const report = detectConflicts(graphOf(pscs, extra), {
    providers: [{ id: 'alpha', name: 'Alpha Care Ltd', companyNumber: '00000001' }],
    placements: [placement('1', 'SC000002'), placement('2', 'SC000003')],
    year: YEAR,
  });
  return report.conflicts.map((c) => `${c.setting.urn} ${c.kind}`);
}

function overseas(child: string, name: string): Psc {
  const base = control(child, 'B123');
  return {
    ...base,
    name,
    identification: {
      registrationNumber: 'B123',
      countryRegistered: 'Jersey',
      placeRegistered: 'Jersey Financial Services Commission',
      legalForm: 'Limited',
      legalAuthority: 'Companies (Jersey) Law 1991',
    },
  };
}

function legalPerson(child: string, name: string): Psc {
  return {
    ...control(child, ''),
    kind: 'legal-person-person-with-significant-control',
    name,
    identification: null,
  };
}

describe('groups from the PSC snapshot', () => {
  it('two UK subsidiaries of one overseas parent share it; the chain ends there', () => {
    expect(flags([overseas('00000001', 'Acme Sarl'), overseas('00000002', 'ACME SARL')])).toEqual([
      'SC000002 same-group',
    ]);
  });

  it('a council owning a trust as a legal person makes no group', () => {
    expect(
      flags([
        legalPerson('00000001', 'Leeds City Council'),
        legalPerson('00000002', 'Leeds City Council'),
      ]),
    ).toEqual([]);
  });

  it('a control notified after the date of the data does not count yet', () => {
    const later = { ...control('00000002', '00000001'), notifiedOn: '2024-06-01' };
    expect(flags([later])).toEqual([]);
    expect(flags([later], { asOf: '2024-07-01' })).toEqual(['SC000002 same-group']);
  });

  it('walks end on a cycle, whose members all stand as its parents', () => {
    const graph = graphOf([control('00000002', '00000003'), control('00000003', '00000002')]);
    const reached = ancestors(graph, ['co:00000002']);
    expect([...reached.keys()]).toEqual(['co:00000002', 'co:00000003']);
    expect(ultimateParents(graph, reached)).toEqual(['co:00000002', 'co:00000003']);
    expect([...descendants(graph, ['co:00000003'])].sort()).toEqual(['co:00000002', 'co:00000003']);
  });
});

describe('problems found while building', () => {
  it('reports missing companies, unplaceable parents and unreadable links, by file and line', () => {
    const vague: Psc = {
      ...control('00000002', 'n/a', 7),
      identification: {
        registrationNumber: 'n/a',
        countryRegistered: null,
        placeRegistered: null,
        legalForm: null,
        legalAuthority: null,
      },
    };
    const graph = graphOf([control('00000003', '00000099', 5), vague], {
      links: [
        {
          owner: 'Beta Homes Ltd',
          company: 'not a number',
          decision: 'confirmed',
          by: 'AB',
          at: '2024-06-01',
        },
        {
          owner: 'Gamma Fostering Ltd',
          company: '00000098',
          decision: 'confirmed',
          by: 'AB',
          at: '2024-06-01',
        },
      ],
    });
    expect(graph.problems.map((p) => [p.rule, p.file, p.row ?? null, p.value ?? null])).toEqual([
      [
        'conflicts.link.unreadable',
        'link decisions (workbook)',
        null,
        'Beta Homes Ltd → not a number',
      ],
      ['conflicts.company.missing', 'link decisions (workbook)', null, '00000098'],
      ['conflicts.company.missing', 'psc.txt', 5, '00000099'],
      ['conflicts.psc.parent-unplaced', 'psc.txt', 7, 'Parent n/a'],
    ]);
  });
});
