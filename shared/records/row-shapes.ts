import type { Company, Psc } from './companies-house/types';
import type { Setting } from './xlsx';

/**
 * Guards for the rows that provider lists and Companies House files are
 * read into, for rows that come back from storage (a stored read, a bundle
 * part): a row that is not of the shape is left out rather than trusted.
 * The fields checked are those the ownership graph reads.
 */
function object(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function textOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

function texts(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** One setting of an Ofsted provider list. */
export function isSetting(value: unknown): value is Setting {
  return (
    object(value) &&
    typeof value['sheet'] === 'string' &&
    typeof value['row'] === 'number' &&
    typeof value['urn'] === 'string' &&
    typeof value['urnKind'] === 'string' &&
    textOrNull(value['name']) &&
    textOrNull(value['postcode']) &&
    textOrNull(value['ownerId']) &&
    textOrNull(value['ownerName']) &&
    texts(value['placementCodes'])
  );
}

/** One company of a Companies House basic company data file. */
export function isCompany(value: unknown): value is Company {
  return (
    object(value) &&
    typeof value['row'] === 'number' &&
    typeof value['number'] === 'string' &&
    typeof value['name'] === 'string' &&
    Array.isArray(value['previousNames'])
  );
}

/** One person with significant control from a Companies House PSC snapshot. */
export function isPsc(value: unknown): value is Psc {
  return (
    object(value) &&
    typeof value['line'] === 'number' &&
    typeof value['company'] === 'string' &&
    typeof value['kind'] === 'string' &&
    textOrNull(value['name']) &&
    texts(value['natures'])
  );
}
