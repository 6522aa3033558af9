import { describe, expect, it } from 'vitest';
import { hrefFor, inspectionScreens, parseRoute } from '../../../../renderer/src/app/router';

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
