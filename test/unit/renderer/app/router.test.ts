import { describe, expect, it } from 'vitest';
import {
  hrefFor,
  inspectionScreens,
  isRouteHash,
  parseRoute,
  pathOf,
} from '../../../../renderer/src/app/router';

describe('hash routes', () => {
  it('reads every screen of an inspection, and writes it back', () => {
    for (const screen of inspectionScreens) {
      const route = parseRoute(`#/inspections/insp-1/${screen}`);
      expect(route).toEqual({ name: screen, inspectionId: 'insp-1' });
      expect(hrefFor(route)).toBe(`#/inspections/insp-1/${screen}`);
    }
    expect(parseRoute('#/inspections/insp-1')).toEqual({
      name: 'overview',
      inspectionId: 'insp-1',
    });
    expect(parseRoute('')).toEqual({ name: 'inspections' });
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
  });

  it('gives each judgement area its own address', () => {
    const route = parseRoute('#/inspections/insp-1/judgements/care-leavers');
    expect(route).toEqual({ name: 'judgements', inspectionId: 'insp-1', area: 'care-leavers' });
    expect(hrefFor(route)).toBe('#/inspections/insp-1/judgements/care-leavers');
  });

  it('round-trips ids that need escaping', () => {
    const route = { name: 'records', inspectionId: 'insp 1/2' } as const;
    expect(parseRoute(hrefFor(route))).toEqual(route);
  });

  it('says what it does not know, rather than guessing', () => {
    expect(parseRoute('#/inspections/insp-1/records/extra')).toEqual({
      name: 'not-found',
      path: '/inspections/insp-1/records/extra',
    });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' });
  });
});

describe('pages below a screen', () => {
  it('gives an evidence item, a flag, the problems view, the report check and a child an address', () => {
    const cases = [
      ['#/inspections/i1/evidence/ev-7', { name: 'evidence', inspectionId: 'i1', sub: 'ev-7' }],
      [
        '#/inspections/i1/conflicts/flag-3',
        { name: 'conflicts', inspectionId: 'i1', sub: 'flag-3' },
      ],
      [
        '#/inspections/i1/records/problems',
        { name: 'records', inspectionId: 'i1', sub: 'problems' },
      ],
      ['#/inspections/i1/report/check', { name: 'report', inspectionId: 'i1', sub: 'check' }],
      [
        '#/inspections/i1/children/C%2F001',
        { name: 'child', inspectionId: 'i1', childId: 'C/001' },
      ],
    ] as const;
    for (const [hash, route] of cases) {
      expect(parseRoute(hash)).toEqual(route);
      expect(hrefFor(parseRoute(hash))).toBe(hash);
    }
  });

  it('refuses words a screen does not have below it', () => {
    expect(parseRoute('#/inspections/i1/records/rows').name).toBe('not-found');
    expect(parseRoute('#/inspections/i1/report/final').name).toBe('not-found');
    expect(parseRoute('#/inspections/i1/providers/p1').name).toBe('not-found');
    expect(parseRoute('#/inspections/i1/children').name).toBe('not-found');
  });

  it('keeps filters in the query, and a filter alone is the same page', () => {
    const route = parseRoute(
      '#/inspections/i1/records/problems?severity=error&owner=council&rule=',
    );
    expect(route).toEqual({
      name: 'records',
      inspectionId: 'i1',
      sub: 'problems',
      query: { severity: 'error', owner: 'council' },
    });
    expect(hrefFor(route)).toBe('#/inspections/i1/records/problems?severity=error&owner=council');
    expect(pathOf(route)).toBe(pathOf(parseRoute('#/inspections/i1/records/problems')));
    expect(pathOf(route)).not.toBe(pathOf(parseRoute('#/inspections/i1/records')));
  });

  it('treats a hash that is not a route (a skip link target) as no change of screen', () => {
    expect(isRouteHash('#main-content')).toBe(false);
    expect(isRouteHash('#/inspections')).toBe(true);
    expect(isRouteHash('')).toBe(true);
  });
});
