/**
 * What a PSC record means for a corporate group: whether its control is
 * significant enough to make the PSC a parent, and who that parent is.
 *
 * The register's thresholds: a person has significant control when they hold
 * more than 25% of the shares or voting rights, or the right to appoint or
 * remove a majority of the board (Companies Act 2006 Sch. 1A; the natures in
 * companieshouse/api-enumerations `psc_descriptions.yml`, e.g.
 * `ownership-of-shares-25-to-50-percent` is "more than 25% but not more than
 * 50%"; GOV.UK "People with significant control (PSCs)" guidance). The LLP and
 * Scottish partnership equivalents (surplus assets, members, persons) count
 * the same way. "Significant influence or control" alone does not make a
 * parent here, nor does a registered overseas entity's nominee holding.
 * Sources: https://www.gov.uk/guidance/people-with-significant-control-pscs ;
 * https://github.com/companieshouse/api-enumerations/blob/master/psc_descriptions.yml
 * A corporate PSC's `registration_number` is a UK company number only when it
 * is registered in the UK; an overseas parent ends the chain
 * (Companies House bulk data, https://download.companieshouse.gov.uk/en_output.html).
 */
import { normaliseCompanyNumber } from '../../domain/model/company-number';
import type { Psc, PscIdentification } from './types';

/** Natures of control that make the holder a parent (see the module comment). */
const CONTROL = [
  /^ownership-of-shares-/,
  /^voting-rights-/,
  /^right-to-appoint-and-remove-(directors|members|person)/,
  /^(part-)?right-to-share-surplus-assets-/,
];

/** The natures of control on a PSC that count towards a group (over 25%, or board control). */
export function controllingNatures(natures: readonly string[]): string[] {
  return natures.filter((nature) => CONTROL.some((pattern) => pattern.test(nature)));
}

/** Who controls a company through one PSC record, for walking a group upwards. */
export type PscParent =
  /** A UK company: the walk goes on from its number. */
  | { readonly kind: 'uk-company'; readonly number: string; readonly name: string | null }
  /** A company registered abroad: the chain ends here. */
  | {
      readonly kind: 'overseas';
      readonly name: string;
      readonly country: string | null;
      readonly registration: string | null;
    }
  /** A legal person that is not a company (e.g. a council owning a children's trust): the chain ends here. */
  | { readonly kind: 'legal-person'; readonly name: string }
  /** A corporate PSC whose registration cannot be placed: the chain ends, with a note. */
  | { readonly kind: 'unidentified'; readonly name: string | null; readonly reason: string };

const UK_COUNTRY =
  /\b(england|wales|scotland|northern ireland|united kingdom|uk|u k|gb|great britain|britain)\b/;
const NOT_UK = /\b(new south wales|new england)\b/;
const UK_REGISTER =
  /\b(companies house|registrar of companies|register of companies|companies act)\b/;

function plain(text: string | null): string {
  return (text ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Whether an identification says the PSC is registered in the UK: `true`,
 * `false` (registered abroad) or `null` (it does not say).
 */
export function isUkRegistered(identification: PscIdentification): boolean | null {
  const country = plain(identification.countryRegistered);
  if (country !== '') return UK_COUNTRY.test(country) && !NOT_UK.test(country);
  const place = `${plain(identification.placeRegistered)} ${plain(identification.legalAuthority)}`;
  if (UK_REGISTER.test(place) || (UK_COUNTRY.test(place) && !NOT_UK.test(place))) return true;
  return place.trim() === '' ? null : false;
}

/** A company number found in a filed registration number (`07451125`, `SC 123456`, `No. 7451125`). */
export function registrationCompanyNumber(registration: string | null): string | undefined {
  if (registration === null) return undefined;
  const compact = registration.toUpperCase().replace(/[\s.]+/g, '');
  const whole = normaliseCompanyNumber(compact);
  if (whole !== undefined) return whole;
  const match = /\b([A-Z]{2} ?\d{6}|\d{5,8})\b/.exec(registration.toUpperCase());
  return match?.[1] === undefined ? undefined : normaliseCompanyNumber(match[1].replace(' ', ''));
}

/**
 * The parent a PSC record makes, or null when it makes none: an individual,
 * a statement or exemption, a super-secure person, a control below the
 * thresholds, or one that has ceased (on or before `asOf` when given; at any
 * date otherwise) or was notified after `asOf`. `isKnownCompany` settles a
 * corporate PSC that does not say where it is registered.
 */
export function pscParent(
  psc: Psc,
  asOf: string | null,
  isKnownCompany: (number: string) => boolean,
): PscParent | null {
  const corporate =
    psc.kind === 'corporate-entity-person-with-significant-control' ||
    psc.kind === 'corporate-entity-beneficial-owner';
  const legal =
    psc.kind === 'legal-person-person-with-significant-control' ||
    psc.kind === 'legal-person-beneficial-owner';
  if (!corporate && !legal) return null;
  if (psc.ceasedOn !== null && (asOf === null || psc.ceasedOn <= asOf)) return null;
  if (asOf !== null && psc.notifiedOn !== null && psc.notifiedOn > asOf) return null;
  if (controllingNatures(psc.natures).length === 0) return null;
  const identification = psc.identification ?? {
    registrationNumber: null,
    countryRegistered: null,
    placeRegistered: null,
    legalForm: null,
    legalAuthority: null,
  };
  if (legal) return { kind: 'legal-person', name: psc.name ?? 'an unnamed legal person' };
  const number = registrationCompanyNumber(identification.registrationNumber);
  const uk = isUkRegistered(identification);
  if (uk === false) {
    return {
      kind: 'overseas',
      name: psc.name ?? 'an unnamed overseas company',
      country: identification.countryRegistered ?? identification.placeRegistered,
      registration: identification.registrationNumber,
    };
  }
  if (number !== undefined && (uk === true || isKnownCompany(number))) {
    return { kind: 'uk-company', number, name: psc.name };
  }
  return {
    kind: 'unidentified',
    name: psc.name,
    reason:
      number === undefined
        ? `its registration number "${identification.registrationNumber ?? ''}" is not a UK company number`
        : `it does not say where it is registered and company ${number} is not in the Companies House data`,
  };
}

/** The share, vote and surplus-asset bands, in the register's own words (psc_descriptions.yml). */
const BANDS: Readonly<Record<string, string>> = {
  '25-to-50': 'more than 25% but not more than 50%',
  '50-to-75': 'more than 50% but less than 75%',
  '75-to-100': '75% or more',
};

const HOLDINGS: Readonly<Record<string, string>> = {
  'ownership-of-shares': 'of the shares',
  'voting-rights': 'of the voting rights',
  'right-to-share-surplus-assets': 'of the right to share surplus assets',
  'part-right-to-share-surplus-assets': 'of the right to share surplus assets (in part)',
};

/**
 * A nature of control in words, for the evidence chain a reader follows:
 * `ownership-of-shares-75-to-100-percent` reads "holds 75% or more of the
 * shares", as the register describes it (companieshouse/api-enumerations
 * psc_descriptions.yml, https://github.com/companieshouse/api-enumerations/blob/master/psc_descriptions.yml).
 * A held-as qualifier (`-as-trust`, `-as-firm`) follows in brackets; a nature
 * not recognised reads as its code with spaces, never dropped.
 */
export function natureLabel(nature: string): string {
  const band = /^(.+?)-(25-to-50|50-to-75|75-to-100)-percent(?:-as-(.+))?$/.exec(nature);
  const holding = band?.[1] === undefined ? undefined : HOLDINGS[band[1]];
  if (band !== null && holding !== undefined) {
    const as = band[3] === undefined ? '' : ` (as ${band[3].replaceAll('-', ' ')})`;
    return `holds ${BANDS[band[2] ?? ''] ?? ''} ${holding}${as}`;
  }
  const appoint = /^right-to-appoint-and-remove-(directors|members|person)(?:-as-(.+))?$/.exec(
    nature,
  );
  if (appoint !== null) {
    const as = appoint[2] === undefined ? '' : ` (as ${appoint[2].replaceAll('-', ' ')})`;
    return `may appoint and remove a majority of the ${appoint[1] === 'person' ? 'board' : appoint[1]}${as}`;
  }
  return nature.replaceAll('-', ' ');
}
