import { describe, expect, it } from 'vitest';
import type { Setting } from '../../../../shared/records/xlsx';
import { distinct, readBack, table903, type Row903 } from './read-back';

const { records, groups } = readBack();
const isSetting = (row: unknown): row is Setting =>
  typeof row === 'object' && row !== null && 'urn' in row && 'placementCodes' in row;
const header = table903(groups.council, 'Header');
const episodes = table903(groups.council, 'Episodes');
const yearStart = '2025-04-01';
const yearEnd = '2026-03-31';
const iso = (dfe: string): string =>
  dfe === '' ? '' : `${dfe.slice(6)}-${dfe.slice(3, 5)}-${dfe.slice(0, 2)}`;
const openAtEnd = episodes.filter((row) => row.values.DEC === '');
const inYear = (row: Row903): boolean =>
  row.values.DEC === '' || iso(row.values.DEC ?? '') >= yearStart;
const share = (part: number, whole: number): number => Math.round((1000 * part) / whole) / 10;
const childrenOf = (rows: readonly Row903[]): Set<string> => distinct(rows, 'CHILD');

describe('generateDemoRecords: the children', () => {
  it('describes about 1,500 children: some 1,300 looked after during the year and 260 care leavers', () => {
    expect(records.children.council).toBe(header.length);
    expect(header.length).toBeGreaterThan(1400);
    expect(header.length).toBeLessThan(1700);
    const inCare = childrenOf(episodes.filter(inYear));
    expect(inCare.size).toBeGreaterThan(1250);
    expect(inCare.size).toBeLessThan(1400);
    expect(table903(groups.council, 'OC3')).toHaveLength(260);
  });

  it('gives the practice 150 to 250 older children and care leavers, none of them the trust’s', () => {
    const trust = childrenOf(table903(groups.trust, 'Header'));
    const swp = childrenOf(table903(groups.swp, 'Header'));
    expect(swp.size).toBeGreaterThanOrEqual(150);
    expect(swp.size).toBeLessThanOrEqual(250);
    expect([...swp].filter((child) => trust.has(child))).toEqual([]);
    expect(trust.size + swp.size).toBe(header.length);
    const dobs = table903(groups.swp, 'Header').map((row) => iso(row.values.DOB ?? ''));
    expect(dobs.every((dob) => dob <= '2012-03-31')).toBe(true);
  });

  it('includes the children the demo evidence names, with the right provider', () => {
    const trust = childrenOf(table903(groups.trust, 'Header'));
    const swp = childrenOf(table903(groups.swp, 'Header'));
    for (const child of ['NM-2011', 'NM-2030']) expect(trust.has(child)).toBe(true);
    for (const child of ['NM-2044', 'NM-2045', 'NM-2048', 'NM-2052', 'NM-2060', 'NM-3005']) {
      expect(swp.has(child), child).toBe(true);
    }
    const unregistered = openAtEnd.filter((row) =>
      ['NM-2052', 'NM-2060'].includes(row.values.CHILD ?? ''),
    );
    // Unregistered: an other placement (one of the Z11–Z14 codes that replace
    // Z1 in 2025/26), with no provider code and no Ofsted URN.
    expect(
      unregistered.map(
        (row) => `${row.values.PLACE} ${row.values.PLACE_PROVIDER} ${row.values.URN}`,
      ),
    ).toEqual(['Z14  XXXXXXX', 'Z14  XXXXXXX']);
  });

  it('draws placements, stability, missing and care leavers from realistic shares', () => {
    const foster = openAtEnd.filter((row) => /^U[1-6]$/.test(row.values.PLACE ?? '')).length;
    expect(share(foster, openAtEnd.length)).toBeGreaterThan(60);
    expect(share(foster, openAtEnd.length)).toBeLessThan(80);
    const homes = openAtEnd.filter((row) => row.values.PLACE === 'K2').length;
    expect(share(homes, openAtEnd.length)).toBeGreaterThan(7);
    expect(share(homes, openAtEnd.length)).toBeLessThan(18);
    const missing = childrenOf(
      table903(groups.council, 'Missing').filter((row) => row.values.MISSING === 'M'),
    );
    expect(share(missing.size, 1300)).toBeGreaterThan(5);
    expect(share(missing.size, 1300)).toBeLessThan(15);
    const oc3 = table903(groups.council, 'OC3');
    const inTouch = oc3.filter((row) => row.values.IN_TOUCH === 'YES').length;
    expect(share(inTouch, oc3.length)).toBeGreaterThan(85);
    expect(share(inTouch, oc3.length)).toBeLessThan(97);
    const moves = new Map<string, number>();
    for (const row of episodes) {
      const child = row.values.CHILD ?? '';
      if (inYear(row) && (['S', 'P', 'B'].includes(row.values.RNE ?? '') || !moves.has(child))) {
        moves.set(child, (moves.get(child) ?? 0) + 1);
      }
    }
    const threePlus = [...moves.values()].filter((count) => count >= 3).length;
    expect(share(threePlus, moves.size)).toBeGreaterThan(5);
    expect(share(threePlus, moves.size)).toBeLessThan(15);
  });

  it('keeps every date inside what the collection year allows', () => {
    expect(episodes.every((row) => iso(row.values.DECOM ?? '') <= yearEnd)).toBe(true);
    const reviews = table903(groups.council, 'Reviews').filter(
      (row) => iso(row.values.REVIEW ?? '') > yearEnd,
    );
    expect(reviews).toHaveLength(1); // the planted one
  });
});

describe('generateDemoRecords: Annex A and the provider list agree with the 903 return', () => {
  const annex = groups.trust.find((file) => file.kind === 'annex-a');
  const list8 = table903(annex === undefined ? [] : [annex], 'List 8');
  const list9 = table903(annex === undefined ? [] : [annex], 'List 9');
  const trustEpisodes = table903(groups.trust, 'Episodes');
  const tables = groups.inspection[0]?.tables ?? {};
  const settings = [...(tables.Providers ?? []), ...(tables['SA Providers'] ?? [])].filter(
    isSetting,
  );

  it('lists on List 8 exactly the trust’s children looked after during the year, with the same DOB and placement', () => {
    const trustInCare = childrenOf(
      trustEpisodes.filter((row) => /^NM-\d+$/.test(row.values.CHILD ?? '')),
    );
    expect(new Set(list8.map((row) => String(row.values['Child Unique ID'])))).toEqual(trustInCare);
    const dob = new Map(
      table903(groups.trust, 'Header').map((row) => [row.values.CHILD, iso(row.values.DOB ?? '')]),
    );
    const last = new Map(trustEpisodes.map((row) => [row.values.CHILD, row]));
    for (const row of list8) {
      const child = String(row.values['Child Unique ID']);
      expect(row.values['Date of Birth'], child).toBe(dob.get(child));
      expect(row.values['URN of Placement'], child).toBe(last.get(child)?.values.URN);
    }
  });

  it('lists the trust’s OC3 care leavers on List 9', () => {
    const ids = new Set(list9.map((row) => String(row.values['Child Unique ID'])));
    const oc3 = table903(groups.trust, 'OC3').filter((row) => row.values.IN_TOUCH !== 'DIED');
    expect(oc3.every((row) => ids.has(row.values.CHILD ?? ''))).toBe(true);
  });

  it('lists every Ofsted URN the placements use, with their PLACE and PLACE_PROVIDER codes', () => {
    const byUrn = new Map(settings.map((setting) => [setting.urn, setting]));
    const urns = episodes.filter((row) => /^(SC\d{6}|\d{7})$/.test(row.values.URN ?? ''));
    expect(urns.length).toBeGreaterThan(2000);
    for (const row of urns) {
      const setting = byUrn.get(row.values.URN ?? '');
      expect(setting, row.values.URN).toBeDefined();
      // PLACE U7 is planted: no setting offers it.
      expect(setting?.placementCodes).toContain(
        row.values.PLACE === 'U7' ? 'U6' : row.values.PLACE,
      );
      expect(setting?.providerCodes).toContain(row.values.PLACE_PROVIDER);
    }
  });

  it('places children in settings the delegated trust owns, some under a variant of its name', () => {
    const owners = new Set(settings.map((setting) => setting.ownerName));
    expect(owners).toContain("Northmoor Children's Trust CIC");
    expect(owners).toContain('Northmoor Childrens Trust Community Interest Company');
    const trustOwned = new Set(
      settings
        .filter((setting) => (setting.ownerName ?? '').startsWith('Northmoor Child'))
        .map((setting) => setting.urn),
    );
    const placed = childrenOf(
      episodes.filter((row) => trustOwned.has(row.values.URN ?? '') && inYear(row)),
    );
    expect(placed.size).toBeGreaterThanOrEqual(5);
  });
});
