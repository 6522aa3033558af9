/**
 * Where a placement is: its type (PLACE), who provides it (PLACE_PROVIDER),
 * the Ofsted setting (URN) and its postcode (PL_POST). Settings come from the
 * demo market (settings.ts), so every Ofsted URN in the episodes is on the
 * demo provider list with the PLACE and PR codes the episode carries, as the
 * DfE validator's URN rules require (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england). Settings Ofsted
 * does not inspect (parents, independent living, adoption, schools, care
 * homes) carry `XXXXXXX` (DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return).
 */
import { parseIsoDate } from '../../records/ssda903/dates';
import { PLACE_BY_AGE, PROVIDER_BY_PLACE } from './distributions';
import type { Placement } from './model';
import { areaOfPostcode, CARER_AREAS, postcodeIn, type AreaKey } from './places';
import type { Random, Weighted } from './random';
import { MARKET, SUPPORTED, type MarketSetting, type SettingUse } from './settings';

/** The URN for a placement with no Ofsted setting. */
export const NO_URN = 'XXXXXXX';

const KINSHIP = new Set(['U1', 'U2', 'U3']);
const FOSTER = new Set(['U4', 'U5', 'U6']);

/** A placement type for a child aged `age` at the placement's start. */
export function placeForAge(random: Random, age: number): string {
  const band = PLACE_BY_AGE.find(([upTo]) => age <= upTo) ?? PLACE_BY_AGE.at(-1);
  if (band === undefined) return 'U6';
  return random.weighted(band[1]);
}

function providerFor(random: Random, place: string): string {
  if (KINSHIP.has(place)) return random.weighted(PROVIDER_BY_PLACE.kinship ?? [['PR1', 1]]);
  if (FOSTER.has(place)) return random.weighted(PROVIDER_BY_PLACE.foster ?? [['PR1', 1]]);
  if (place.startsWith('A')) return 'PR1';
  return random.weighted(PROVIDER_BY_PLACE[place] ?? [['PR4', 1]]);
}

/** Settings of `use` and provider code open for the whole of [start, end]. */
function openSettings(use: SettingUse, provider: string, end: number): MarketSetting[] {
  return MARKET.filter(
    (setting) =>
      setting.use === use &&
      setting.provider === provider &&
      (setting.closed === undefined || end <= (parseIsoDate(setting.closed) ?? end)),
  );
}

function byPlaces<T extends { readonly places: number }>(
  random: Random,
  list: readonly T[],
): T | undefined {
  if (list.length === 0) return undefined;
  const weights: Weighted<T> = list.map((item) => [item, item.places]);
  return random.weighted(weights);
}

function inArea(
  random: Random,
  area: AreaKey,
  urn: string,
  place: string,
  provider: string,
): Placement {
  return { place, provider, urn, plPost: postcodeIn(random, area), area };
}

/**
 * A placement of type `place` (or one drawn for `age`) that lasts until
 * `end` (or the end of the year). `homePost` is the child's home, where a
 * child placed with parents lives.
 */
export function choosePlacement(
  random: Random,
  place: string,
  end: number,
  homePost: string,
): Placement {
  const provider = providerFor(random, place);
  const use: SettingUse | undefined =
    KINSHIP.has(place) || FOSTER.has(place)
      ? 'foster'
      : place === 'K2' || place === 'K1'
        ? place
        : undefined;
  if (use !== undefined) {
    const setting = byPlaces(random, openSettings(use, provider, end));
    if (setting !== undefined) {
      // Foster carers live at their own addresses; homes are at the setting's.
      const carers = setting.provider === 'PR1' ? CARER_AREAS.council : CARER_AREAS.agency;
      return use === 'foster'
        ? inArea(random, random.weighted(carers), setting.urn, place, provider)
        : { place, provider, urn: setting.urn, plPost: setting.postcode, area: setting.area };
    }
  }
  if (place === 'H5') {
    const choices = SUPPORTED.filter((setting) => setting.provider === provider);
    const setting = byPlaces(
      random,
      choices.map((item) => ({ ...item, places: item.capacity })),
    );
    if (setting !== undefined) {
      return { place, provider, urn: setting.urn, plPost: setting.postcode, area: setting.area };
    }
  }
  if (place === 'P1') {
    return {
      place,
      provider,
      urn: NO_URN,
      plPost: homePost,
      area: areaOfPostcode(homePost) ?? 'northmoor',
    };
  }
  const area: AreaKey =
    place === 'S1'
      ? 'ravensworth'
      : place === 'R1'
        ? 'eastvale'
        : random.weighted(CARER_AREAS.agency);
  return inArea(random, area, NO_URN, place, provider);
}

/** An adoptive placement (A5 with the current foster carers, A6 with new adopters). */
export function adoptivePlacement(
  random: Random,
  place: 'A5' | 'A6',
  current: Placement,
): Placement {
  return place === 'A5'
    ? { ...current, place, provider: 'PR1', urn: NO_URN }
    : inArea(random, random.weighted(CARER_AREAS.agency), NO_URN, place, 'PR1');
}
