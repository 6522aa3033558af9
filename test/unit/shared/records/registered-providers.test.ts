import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../../../shared/records/read-files';
import { providersFrom } from '../../../../shared/records/registered-providers';
import type { Setting } from '../../../../shared/records/xlsx';

function setting(urn: string, fields: Partial<Setting> = {}): Setting {
  return {
    sheet: 'Providers',
    row: 2,
    urn,
    urnKind: /^(SC\d{6}|\d{7})$/i.test(urn) ? 'ofsted' : urn === '' ? 'blank' : 'nonstandard',
    name: 'A home',
    providerType: "Children's home",
    providerSubtype: null,
    sector: 'Private',
    localAuthority: 'Northmoor',
    settingLocalAuthority: null,
    region: null,
    postcode: 'NM1 1AA',
    ownerId: null,
    ownerName: 'Owner Ltd',
    ownerType: null,
    topCompany: null,
    placementCodes: ['K2'],
    providerCodes: ['PR4'],
    statusText: 'Active',
    status: 'active',
    registrationDate: '2020-01-01',
    closedDate: null,
    places: null,
    lastInspectionDate: null,
    overallEffectiveness: null,
    supportedAccommodation: false,
    ...fields,
  };
}

function list(name: string, settings: readonly unknown[]): ParsedFile {
  return {
    file: name,
    size: 1,
    kind: 'ofsted-providers',
    tables: { Providers: settings },
    problems: [],
    rows: settings.length,
    tableCounts: { Providers: settings.length },
    problemCounts: { error: 0, warning: 0, info: 0 },
  };
}

describe('providersFrom', () => {
  it('gives each URN the list’s dates, setting type, local authority and postcode', () => {
    const map = providersFrom([list('a.xlsx', [setting('sc123456')])]);
    expect([...map.keys()]).toEqual(['SC123456']);
    expect(map.get('SC123456')).toEqual({
      urn: 'SC123456',
      registered: '2020-01-01',
      settingType: "Children's home",
      localAuthority: 'Northmoor',
      postcode: 'NM1 1AA',
      placementCodes: ['K2'],
      providerCodes: ['PR4'],
    });
  });

  it('gives a URN every placement and provider code its lists give, upper-cased, and none when they give none', () => {
    const map = providersFrom([
      list('ch.xlsx', [setting('SC123456', { placementCodes: ['k2'], providerCodes: ['PR1'] })]),
      list('scp.xlsx', [
        setting('SC123456', { placementCodes: ['S1', 'K2'], providerCodes: ['PR2'] }),
        setting('SC654321', { placementCodes: [], providerCodes: [] }),
      ]),
    ]);
    expect(map.get('SC123456')).toMatchObject({
      placementCodes: ['K2', 'S1'],
      providerCodes: ['PR1', 'PR2'],
    });
    expect(map.get('SC654321')?.placementCodes).toBeUndefined();
    expect(map.get('SC654321')?.providerCodes).toBeUndefined();
  });

  it('merges a URN listed twice: earliest registration, latest closure', () => {
    const map = providersFrom([
      list('2025.xlsx', [setting('SC123456', { registrationDate: '2021-03-01' })]),
      list('2026.xlsx', [
        setting('SC123456', { registrationDate: '2020-06-01', closedDate: '2026-01-31' }),
      ]),
    ]);
    expect(map.get('SC123456')).toMatchObject({ registered: '2020-06-01', closed: '2026-01-31' });
  });

  it('leaves out blank and XXXXXXX URNs, rows of another shape and files that are not provider lists', () => {
    const other: ParsedFile = { ...list('x.csv', [setting('SC999999')]), kind: 'annex-a' };
    const map = providersFrom([
      list('a.xlsx', [
        setting(''),
        setting('XXXXXXX', { urnKind: 'no-ofsted-setting' }),
        { urn: 'SC111111' },
      ]),
      other,
    ]);
    expect(map.size).toBe(0);
  });
});
