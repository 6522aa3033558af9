/**
 * Placements sorted into the settings they reached: by URN, or —
 * when the URN is blank — by a placement postcode and placement type that
 * match exactly one setting (a lead, never a flag). `XXXXXXX` means no Ofsted
 * setting (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england). Only placements that overlap the year count.
 */
import { classifyUrn } from '../records/xlsx/urn';
import type { OwnershipGraph } from './graph-model';
import { daysWithin, mergePlacements, periodDays } from './placements';
import type { DetectInput, Placement, SkippedPlacement } from './types';

/** A placement in the year, with its days in the year and the setting it reached. */
export type Use = { readonly placement: Placement; readonly days: number };

/** Placements per setting key, split by how they reached it. */
export type Uses = { readonly byUrn: Map<string, Use[]>; readonly byPostcode: Map<string, Use[]> };

function add(map: Map<string, Use[]>, key: string, use: Use): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [use]);
  else list.push(use);
}

/** Sorts placements into settings, and notes those that cannot be used. */
export function placeUses(
  graph: OwnershipGraph,
  input: DetectInput,
): Uses & { readonly all: number; readonly skipped: SkippedPlacement[] } {
  const period = periodDays(input.year);
  const uses: Uses = { byUrn: new Map(), byPostcode: new Map() };
  const skipped: SkippedPlacement[] = [];
  let all = 0;
  for (const placement of mergePlacements(input.placements)) {
    const first = placement.sources[0] ?? { file: '', row: 0, kind: 'ssda903' };
    if (placement.start === null) {
      skipped.push({ ...first, reason: 'The placement has no readable start date.' });
      continue;
    }
    const days = daysWithin(placement, period);
    if (days === null) continue;
    all += 1;
    const use = { placement, days };
    const urn = placement.urn.trim();
    const kind = classifyUrn(urn);
    if (kind === 'no-ofsted-setting') continue;
    if (kind !== 'blank') {
      const key = urn.toUpperCase();
      if (graph.settings.has(key)) add(uses.byUrn, key, use);
      else skipped.push({ ...first, reason: `URN ${urn} is not in the Ofsted provider lists.` });
      continue;
    }
    const postcode = placement.postcode?.replace(/\s+/g, '').toUpperCase() ?? '';
    const place = placement.place;
    const matches = (graph.byPostcode.get(postcode) ?? []).filter((key) =>
      place === null ? false : (graph.settings.get(key)?.placementCodes.includes(place) ?? false),
    );
    const only = matches.length === 1 ? matches[0] : undefined;
    if (only !== undefined) add(uses.byPostcode, only, use);
  }
  return { ...uses, all, skipped };
}
