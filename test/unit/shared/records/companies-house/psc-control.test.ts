import { describe, expect, it } from 'vitest';
import type { Psc } from '../../../../../shared/records/companies-house';
import {
  controllingNatures,
  isUkRegistered,
  natureLabel,
  pscParent,
  readPscSnapshot,
  registrationCompanyNumber,
} from '../../../../../shared/records/companies-house';
import {
  corporatePscLine,
  individualPscLine,
  legalPersonPscLine,
  pscSnapshot,
  utf8,
} from './ch-files';

function psc(line: string): Psc {
  const [read] = readPscSnapshot('psc.txt', utf8(pscSnapshot([line]))).pscs;
  if (read === undefined) throw new Error('not read');
  return read;
}

const none = (): boolean => false;
const parent = { name: 'Brightwater Group Limited', number: '09000000' };

describe('which controls make a parent (over 25% of shares or votes, or board control)', () => {
  it('counts shares, votes and appointment rights in every form, not influence alone', () => {
    expect(
      controllingNatures([
        'ownership-of-shares-25-to-50-percent',
        'voting-rights-50-to-75-percent-as-trust',
        'right-to-appoint-and-remove-directors',
        'right-to-appoint-and-remove-members-limited-liability-partnership',
        'right-to-share-surplus-assets-75-to-100-percent-limited-liability-partnership',
        'significant-influence-or-control',
        'registered-owner-as-nominee-person-england-wales-registered-overseas-entity',
      ]),
    ).toEqual([
      'ownership-of-shares-25-to-50-percent',
      'voting-rights-50-to-75-percent-as-trust',
      'right-to-appoint-and-remove-directors',
      'right-to-appoint-and-remove-members-limited-liability-partnership',
      'right-to-share-surplus-assets-75-to-100-percent-limited-liability-partnership',
    ]);
    expect(
      pscParent(
        psc(corporatePscLine('1', parent, ['significant-influence-or-control'])),
        null,
        none,
      ),
    ).toBeNull();
  });

  it('makes a UK company parent from a registration number filed without its leading zero', () => {
    expect(
      pscParent(psc(corporatePscLine('1', { ...parent, number: '9000000' })), null, none),
    ).toEqual({
      kind: 'uk-company',
      number: '09000000',
      name: 'Brightwater Group Limited',
    });
  });

  it('ignores ceased controls, and with a date, controls not yet notified', () => {
    const ceased = psc(corporatePscLine('1', parent, undefined, { ceasedOn: '2021-03-31' }));
    expect(pscParent(ceased, null, none)).toBeNull();
    expect(pscParent(ceased, '2021-03-31', none)).toBeNull();
    expect(pscParent(ceased, '2020-01-01', none)?.kind).toBe('uk-company');
    const later = psc(corporatePscLine('1', parent, undefined, { notifiedOn: '2023-01-01' }));
    expect(pscParent(later, '2022-12-31', none)).toBeNull();
  });

  it('ends the chain at an overseas parent, a legal person, and never at an individual', () => {
    const overseas = pscParent(
      psc(
        corporatePscLine('1', {
          name: 'Kestrel Holdings Sarl',
          number: 'B123456',
          country: 'Luxembourg',
        }),
      ),
      null,
      none,
    );
    expect(overseas).toEqual({
      kind: 'overseas',
      name: 'Kestrel Holdings Sarl',
      country: 'Luxembourg',
      registration: 'B123456',
    });
    expect(pscParent(psc(legalPersonPscLine('1', 'Slough Borough Council')), null, none)).toEqual({
      kind: 'legal-person',
      name: 'Slough Borough Council',
    });
    expect(pscParent(psc(individualPscLine('1', 'Mrs Jane Smith')), null, none)).toBeNull();
  });

  it('places a parent that does not say where it is registered only if the company is known', () => {
    const line = JSON.stringify({
      company_number: '1',
      data: {
        kind: 'corporate-entity-person-with-significant-control',
        name: 'Brightwater Group Limited',
        identification: { registration_number: '09000000' },
        natures_of_control: ['voting-rights-75-to-100-percent'],
      },
    });
    const vague = psc(line);
    expect(pscParent(vague, null, none)?.kind).toBe('unidentified');
    expect(pscParent(vague, null, (n) => n === '09000000')?.kind).toBe('uk-company');
  });
});

const id = (country: string | null, place: string | null = null) => ({
  registrationNumber: null,
  countryRegistered: country,
  placeRegistered: place,
  legalForm: null,
  legalAuthority: null,
});

describe('where a corporate PSC is registered', () => {
  it.each([
    ['England', true],
    ['England & Wales', true],
    ['United Kingdom', true],
    ['Uk', true],
    ['Scotland', true],
    ['Northern Ireland', true],
    ['New South Wales', false],
    ['Jersey', false],
    ['Cayman Islands', false],
  ])('%s → %s', (country, uk) => expect(isUkRegistered(id(country))).toBe(uk));

  it('falls back on the register when the country is blank', () => {
    expect(isUkRegistered(id(null, 'Companies House'))).toBe(true);
    expect(isUkRegistered(id(null, 'Registre de Commerce'))).toBe(false);
    expect(isUkRegistered(id(null, null))).toBeNull();
  });

  it.each([
    ['07451125', '07451125'],
    ['7451125', '07451125'],
    ['SC 123456', 'SC123456'],
    ['Company No. 07451125', '07451125'],
    ['n/a', undefined],
  ])('registration number %s → %s', (text, number) => {
    expect(registrationCompanyNumber(text)).toBe(number);
  });
});

describe('a nature of control in words', () => {
  it.each([
    ['ownership-of-shares-75-to-100-percent', 'holds 75% or more of the shares'],
    [
      'voting-rights-25-to-50-percent',
      'holds more than 25% but not more than 50% of the voting rights',
    ],
    [
      'ownership-of-shares-50-to-75-percent-as-trust',
      'holds more than 50% but less than 75% of the shares (as trust)',
    ],
    ['right-to-appoint-and-remove-directors', 'may appoint and remove a majority of the directors'],
    ['significant-influence-or-control', 'significant influence or control'],
  ])('%s → %s', (nature, words) => expect(natureLabel(nature)).toBe(words));
});
