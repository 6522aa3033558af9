import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

/*
 * DfE rules 219 and 224: the placement type and provider against the codes
 * the imported Ofsted provider lists give the URN.
 */

describeRule('219', {
  fails: {
    tables: { Episodes: [{ PLACE: 'U1', URN: 'SC1', PLACE_PROVIDER: 'PR4' }] },
    providers: [{ urn: 'SC1', placementCodes: ['K2'], providerCodes: ['PR4'] }],
    at: { table: 'Episodes', row: 2, column: 'URN' },
  },
  passes: {
    tables: {
      Episodes: [
        // One of several codes, in lower case as some exports write it.
        { PLACE: 's1', URN: 'sc1' },
        // A URN the lists do not give codes for, and the "no URN" placeholder.
        { PLACE: 'U1', URN: 'SC2' },
        { PLACE: 'U1', URN: 'XXXXXXX' },
      ],
    },
    providers: [
      { urn: 'SC1', placementCodes: ['K2', 'S1'] },
      { urn: 'SC2', postcode: 'NM1 1AA' },
    ],
  },
});

describeRule('224', {
  fails: {
    tables: { Episodes: [{ PLACE: 'K2', URN: 'SC1', PLACE_PROVIDER: 'PR1' }] },
    providers: [{ urn: 'SC1', placementCodes: ['K2'], providerCodes: ['PR4'] }],
    at: { table: 'Episodes', row: 2, column: 'PLACE_PROVIDER' },
  },
  passes: {
    tables: {
      Episodes: [
        { PLACE: 'K2', URN: 'SC1', PLACE_PROVIDER: 'PR2' },
        // Blank provider (rule 181's to require), and a URN with no provider codes.
        { PLACE: 'K2', URN: 'SC1', PLACE_PROVIDER: '' },
        { PLACE: 'K2', URN: 'SC2', PLACE_PROVIDER: 'PR4' },
      ],
    },
    providers: [
      { urn: 'SC1', providerCodes: ['PR1', 'PR2'] },
      { urn: 'SC2', placementCodes: ['K2'] },
    ],
  },
});

describe('DfE rules 219 and 224, near misses', () => {
  it('accepts supported accommodation as H5 or K3, whichever code the list uses', () => {
    const providers = [{ urn: 'SC1', placementCodes: ['K3'] }];
    const h5 = { tables: { Episodes: [{ PLACE: 'H5', URN: 'SC1' }] }, providers, year: 2023 };
    expect(findingsOf('219', h5)).toEqual([]);
    const k3 = {
      tables: { Episodes: [{ PLACE: 'K3', URN: 'SC1' }] },
      providers: [{ urn: 'SC1', placementCodes: ['H5'] }],
    };
    expect(findingsOf('219', k3)).toEqual([]);
    // But not any other placement type for a supported-accommodation provider.
    const k2 = { tables: { Episodes: [{ PLACE: 'K2', URN: 'SC1' }] }, providers };
    expect(findingsOf('219', k2)).toHaveLength(1);
  });

  it('leaves a placement type that is no code at all to rule 146', () => {
    const providers = [{ urn: 'SC1', placementCodes: ['U1'] }];
    const u7 = { tables: { Episodes: [{ PLACE: 'U7', URN: 'SC1' }] }, providers };
    expect(findingsOf('219', u7)).toEqual([]);
    expect(findingsOf('146', u7)).toHaveLength(1);
  });

  it('flags nothing when no provider lists were imported', () => {
    const tables = { Episodes: [{ PLACE: 'U1', URN: 'SC1', PLACE_PROVIDER: 'PR0' }] };
    expect(findingsOf('219', { tables })).toEqual([]);
    expect(findingsOf('224', { tables })).toEqual([]);
  });

  it('says which codes the lists give', () => {
    const found = findingsOf('224', {
      tables: { Episodes: [{ PLACE: 'K2', URN: 'SC1', PLACE_PROVIDER: 'PR4' }] },
      providers: [{ urn: 'SC1', providerCodes: ['PR1', 'PR2'] }],
    });
    expect(found[0]?.message).toContain('PR1, PR2');
  });
});
