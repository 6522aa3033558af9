import { describe, expect, it } from 'vitest';
import type { OfstedProvidersResult, Setting } from '../../../../../shared/records/xlsx';
import { readOfstedProviders } from '../../../../../shared/records/xlsx';
import { PROVIDER_FIXTURES, providerBytes } from './fixture-files';

/**
 * The five fake provider lists, checked against what Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england and
 * §4 document about them (measured there with pandas/openpyxl).
 */

function read(name: (typeof PROVIDER_FIXTURES)[number]): OfstedProvidersResult {
  return readOfstedProviders(name, providerBytes(name));
}

function byUrn(result: OfstedProvidersResult, urn: string): Setting {
  const setting = result.settings.find((candidate) => candidate.urn === urn);
  if (setting === undefined) throw new Error(`no setting ${urn}`);
  return setting;
}

/** The fields read from columns before Z, where the assisted list is still aligned. */
function alignedFields(setting: Setting): unknown[] {
  return [
    setting.urn,
    setting.name,
    setting.ownerId,
    setting.ownerName,
    setting.placementCodes,
    setting.registrationDate,
    setting.postcode,
  ];
}

describe('provider lists: layouts recognised by content', () => {
  it.each([
    ['ch_fake.xlsx', 'ch', { 'Provider information': 1 }],
    ['scp_fake.xlsx', 'scp', { 'Current providers': 1, 'Providers closed in 2022-23': 1 }],
    ['combined_scp_ch_fake.xlsx', 'combined-scp-ch', { Providers: 4 }],
    ['scp_ch_2025_fake.xlsx', 'scp-ch-2025', { Providers: 1, 'SA Providers': 1 }],
    ['scpch_assisted.xlsx', 'scpch-assisted', { Providers: 4, 'SA Providers': 2 }],
  ] as const)('%s is the %s layout with the documented rows per sheet', (name, layout, rows) => {
    const result = read(name);
    expect(result.kind).toBe('ofsted-providers');
    expect(result.layout).toBe(layout);
    expect(
      Object.fromEntries(result.sheets.map((sheet) => [sheet.name, sheet.settings.length])),
    ).toEqual(rows);
  });

  it('recognises the layout whatever the file is called', () => {
    expect(readOfstedProviders('list.xlsx', providerBytes('ch_fake.xlsx')).layout).toBe('ch');
    expect(readOfstedProviders('ch_fake.xlsx', providerBytes('scp_fake.xlsx')).layout).toBe('scp');
  });

  it("keeps each setting's sheet and source row number (header is row 1)", () => {
    const combined = read('combined_scp_ch_fake.xlsx');
    expect(combined.settings.map((setting) => [setting.sheet, setting.row])).toEqual([
      ['Providers', 2],
      ['Providers', 3],
      ['Providers', 4],
      ['Providers', 5],
    ]);
  });

  it("skips the CH list's Registration Conditions sheet with a note", () => {
    const ch = read('ch_fake.xlsx');
    expect(ch.problems).toContainEqual(
      expect.objectContaining({
        rule: 'ofsted.sheet.skipped',
        severity: 'info',
        sheet: 'Registration Conditions',
      }),
    );
  });
});

describe('provider lists: URNs and IDs are text', () => {
  it('the five workbooks hold the 11 distinct URNs of data-formats.md §4', () => {
    const urns = new Set(
      PROVIDER_FIXTURES.flatMap((name) => read(name).settings.map((setting) => setting.urn)),
    );
    expect([...urns].sort()).toEqual(
      ['njascn', 'bababooey', 'p4baboo7', 'ARN00001', 'GND00002', 'MDR00003', 'RHN00004']
        .concat(['ISL00001', 'TNT00001', '1', '2'])
        .sort(),
    );
  });

  it('reads numeric and text Owner IDs alike as strings', () => {
    expect(read('ch_fake.xlsx').settings[0]?.ownerId).toBe('P3rs0n');
    expect(read('combined_scp_ch_fake.xlsx').settings.map((setting) => setting.ownerId)).toEqual([
      '1234567',
      '2134567',
      '3124567',
      '4123567',
    ]);
    for (const name of PROVIDER_FIXTURES) {
      for (const setting of read(name).settings) {
        expect(typeof setting.urn).toBe('string');
        expect(setting.ownerId === null || typeof setting.ownerId === 'string').toBe(true);
      }
    }
  });

  it("flags URNs not in Ofsted's SC999999 / 7-digit format as warnings, one per fake URN", () => {
    const result = read('combined_scp_ch_fake.xlsx');
    const format = result.problems.filter((problem) => problem.rule === 'ofsted.urn.format');
    expect(format.map((problem) => problem.value)).toEqual([
      'ARN00001',
      'GND00002',
      'MDR00003',
      'RHN00004',
    ]);
    expect(
      format.every((problem) => problem.severity === 'warning' && problem.column === 'URN'),
    ).toBe(true);
    expect(result.settings.every((setting) => setting.urnKind === 'nonstandard')).toBe(true);
  });
});

describe('provider lists: the combined list (one owner name, four settings)', () => {
  const combined = read('combined_scp_ch_fake.xlsx');

  it('has the four documented settings with their codes', () => {
    expect(byUrn(combined, 'ARN00001')).toMatchObject({
      name: 'North Downs Fostering',
      providerType: 'Local Authority Fostering Agency',
      placementCodes: ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'],
    });
    expect(byUrn(combined, 'GND00002').placementCodes).toEqual(['A3', 'A4', 'A5', 'A6']);
    expect(byUrn(combined, 'MDR00003')).toMatchObject({
      providerSubtype: 'Secure Unit',
      placementCodes: ['K1'],
    });
    expect(byUrn(combined, 'RHN00004').placementCodes).toEqual(['K2']);
  });

  it('all four share the owner name and sector, top company is empty, owner IDs all differ', () => {
    const owners = new Set(combined.settings.map((setting) => setting.ownerName));
    expect([...owners]).toEqual(['Middle Earth Management League']);
    expect(combined.settings.every((setting) => setting.sector === 'Local Authority')).toBe(true);
    expect(combined.settings.every((setting) => setting.topCompany === null)).toBe(true);
    expect(new Set(combined.settings.map((setting) => setting.ownerId)).size).toBe(4);
  });

  it('grouping by owner name gives one owner with 2 homes and 2 agencies; by owner ID, none with two', () => {
    const homes = combined.settings.filter((setting) => setting.providerType === "Children's Home");
    const agencies = combined.settings.filter((setting) =>
      setting.providerType?.includes('Agency'),
    );
    expect([homes.length, agencies.length]).toEqual([2, 2]);
    const perId = new Map<string | null, number>();
    for (const setting of combined.settings)
      perId.set(setting.ownerId, (perId.get(setting.ownerId) ?? 0) + 1);
    expect(Math.max(...perId.values())).toBe(1);
  });

  it('reads `-` as blank and keeps the ILACS note LA agencies carry as their grade', () => {
    const arnor = byUrn(combined, 'ARN00001');
    expect(arnor.closedDate).toBeNull();
    expect(arnor.lastInspectionDate).toBeNull();
    expect(arnor.overallEffectiveness).toBe(
      'Not provided as service is inspected as part of the ILACS inspection',
    );
    expect(arnor.status).toBe('active');
    expect(arnor.registrationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("provider lists: the other layouts' columns", () => {
  it('CH list: `Provider Code` holds placement codes and `Provider Placement Code` PR codes', () => {
    const [setting] = read('ch_fake.xlsx').settings;
    expect(setting).toMatchObject({
      urn: 'njascn',
      placementCodes: ['cod3'],
      providerCodes: ['cod3c0d3'],
    });
    expect(setting?.topCompany).toBeNull();
  });

  it('SCP list: owner name from `Organisation name`, no owner ID, deregistration date on sheet 1 only', () => {
    const scp = read('scp_fake.xlsx');
    const [current, closed] = scp.settings;
    expect(current).toMatchObject({
      urn: 'bababooey',
      ownerId: null,
      closedDate: null,
      status: 'active',
    });
    expect(current?.topCompany).not.toBeNull();
    expect(closed).toMatchObject({ urn: 'p4baboo7', status: 'closed' });
    expect(closed?.closedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('2025 list: `top_company` is the top company; SA Providers gets PR4 as the validator does', () => {
    const list = read('scp_ch_2025_fake.xlsx');
    const [provider, supported] = list.settings;
    expect(provider?.topCompany).not.toBeNull();
    expect(provider?.supportedAccommodation).toBe(false);
    expect(supported).toMatchObject({
      urn: '2',
      supportedAccommodation: true,
      providerCodes: ['PR4'],
    });
    expect(list.problems).toContainEqual(
      expect.objectContaining({
        rule: 'ofsted.codes.default',
        sheet: 'SA Providers',
        column: 'Placement provider code',
      }),
    );
  });

  it('assisted SA Providers: `na` is blank, the setting LA is kept, K3 is given', () => {
    const supported = read('scpch_assisted.xlsx').settings.filter(
      (setting) => setting.supportedAccommodation,
    );
    expect(supported.map((setting) => setting.urn)).toEqual(['ISL00001', 'TNT00001']);
    for (const setting of supported) {
      expect(setting.closedDate).toBeNull();
      expect(setting.settingLocalAuthority).not.toBeNull();
      expect(setting.placementCodes).toEqual(['K3']);
    }
  });
});

describe('provider lists: the misaligned assisted list', () => {
  const assisted = read('scpch_assisted.xlsx');
  const providers = assisted.settings.filter((setting) => setting.sheet === 'Providers');

  it('is reported as misaligned from column Z, naming the sheet and the column', () => {
    const misaligned = assisted.problems.filter(
      (problem) => problem.rule === 'ofsted.layout.misaligned',
    );
    expect(misaligned).toHaveLength(1);
    expect(misaligned[0]).toMatchObject({
      severity: 'error',
      sheet: 'Providers',
      column: "Top company (as listed on Companies' House)",
    });
    expect(misaligned[0]?.message).toMatch(/column Z .*one column to the left of their header/);
  });

  it('does not read the shifted values as garbage', () => {
    for (const setting of providers) {
      // Read blindly, "Top company" would hold the region `Arnor` and `Region` the codes `RD1, RD2`.
      expect(setting.topCompany).toBeNull();
      expect(setting.region).toBeNull();
      expect(setting.providerCodes).toEqual([]);
      expect(setting.lastInspectionDate).toBeNull();
    }
  });

  it('still reads the aligned columns before Z: the same four settings as the combined list', () => {
    const combined = read('combined_scp_ch_fake.xlsx').settings;
    expect(providers.map(alignedFields)).toEqual(combined.map(alignedFields));
  });

  it('finds no misalignment in the four well-formed lists', () => {
    for (const name of PROVIDER_FIXTURES.filter((fixture) => fixture !== 'scpch_assisted.xlsx')) {
      expect(
        read(name).problems.filter((problem) => problem.rule === 'ofsted.layout.misaligned'),
      ).toEqual([]);
    }
  });
});
