import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreCompanyName, jaroWinkler, normaliseCompanyName } from '../../../../shared/conflicts';

describe('company-name keys: the same legal entity', () => {
  it.each([
    ['Brightwater Care CIC', 'Brightwater Care Community Interest Company'],
    ['BRIGHTWATER CARE C.I.C.', 'Brightwater Care CIC'],
    ['Kestrel Homes Ltd', 'KESTREL HOMES LIMITED'],
    ['Kestrel Homes Ltd.', 'Kestrel Homes Limited'],
    ["Sunrise Parent's Trust", 'Sunrise Parents Trust'],
    ['Sunrise Parents\u2019 Trust', 'SUNRISE PARENTS TRUST'],
    ['Smith & Sons PLC', 'Smith and Sons Public Limited Company'],
    ['Smith & Co Ltd', 'Smith and Company Limited'],
    ['The Haven Care LLP', 'Haven Care Limited Liability Partnership'],
    ['Gofal Cymru Cyf', 'Gofal Cymru Limited'],
    ['Gofal Cymru Cyfyngedig', 'Gofal Cymru Ltd'],
    ['Caf\u00e9 Homes Ltd', 'CAFE HOMES LIMITED'],
    ['  Bright   Futures  Care Ltd ', 'Bright Futures Care Limited'],
    ['Bright-Futures (Care) Ltd', 'Bright Futures Care Limited'],
    ['Achieving for Children Community Interest Company', 'ACHIEVING FOR CHILDREN CIC'],
  ])('%s = %s', (a, b) => {
    expect(normaliseCompanyName(a)).toBe(normaliseCompanyName(b));
  });

  it('gives readable keys', () => {
    expect(normaliseCompanyName('Brightwater Care Community Interest Company')).toBe(
      'brightwater care cic',
    );
    expect(normaliseCompanyName("The Children's Trust Ltd")).toBe('childrens trust limited');
    expect(normaliseCompanyName('  ')).toBe('');
  });
});

describe('company-name keys: different entities, or only a lead', () => {
  it.each([
    ['Brightwater Care Ltd', 'Brightwater Care CIC'],
    ['Acme Fostering Services LLP', 'Acme Residential Services LLP'],
    ['Smith & Sons (Holdings) PLC', 'Smith & Sons PLC'],
    ['Kestrel Homes', 'Kestrel Homes Limited'],
    ['Company of Children Ltd', 'Company of the Children Ltd'],
  ])('%s ≠ %s', (a, b) => {
    expect(normaliseCompanyName(a)).not.toBe(normaliseCompanyName(b));
  });

  it('shares a core name when only legal form or Group/Holdings/UK differ', () => {
    expect(coreCompanyName('Smith & Sons (Holdings) PLC')).toBe('smith and sons');
    expect(coreCompanyName('Smith and Sons Public Limited Company')).toBe('smith and sons');
    expect(coreCompanyName('Kestrel Homes UK Group Ltd')).toBe(coreCompanyName('Kestrel Homes'));
    expect(coreCompanyName('Group Holdings Ltd')).toBe('group holdings limited');
  });

  const words = fc.array(
    fc.oneof(
      fc.constantFrom('Ltd', 'Limited', 'PLC', 'CIC', 'The', '&', 'and', "Parent's", 'Co.', 'LLP'),
      fc.stringMatching(/^[A-Za-z]{1,8}$/),
    ),
    { maxLength: 8 },
  );

  it('is idempotent, and ignores case and spacing (property)', () => {
    fc.assert(
      fc.property(words, fc.string(), (parts, noise) => {
        const name = parts.join(' ');
        const key = normaliseCompanyName(name);
        expect(normaliseCompanyName(key)).toBe(key);
        expect(normaliseCompanyName(name.toUpperCase())).toBe(key);
        expect(normaliseCompanyName(`  ${parts.join('   ')} `)).toBe(key);
        const any = normaliseCompanyName(noise);
        expect(normaliseCompanyName(any)).toBe(any);
      }),
    );
  });
});

describe('Jaro-Winkler', () => {
  it('matches the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('', '')).toBe(1);
    expect(jaroWinkler('abc', '')).toBe(0);
  });

  it('scores names as ecosystem.md §13 expects', () => {
    expect(
      jaroWinkler(
        coreCompanyName('Bright Future Care Ltd'),
        coreCompanyName('Bright Futures Care Limited'),
      ),
    ).toBeGreaterThan(0.95);
    expect(
      jaroWinkler(
        coreCompanyName('Acme Fostering Services LLP'),
        coreCompanyName('Acme Residential Services LLP'),
      ),
    ).toBeLessThan(0.9);
  });

  it('is symmetric and between 0 and 1 (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const score = jaroWinkler(a, b);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1 + 1e-12);
        expect(jaroWinkler(b, a)).toBeCloseTo(score, 12);
      }),
    );
  });
});
