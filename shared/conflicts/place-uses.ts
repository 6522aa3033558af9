/**
 * Placements sorted into the settings they reached: by URN, or —
 * when the URN is blank — by a placement postcode and placement type that
 * match exactly one setting (a lead, never a flag). `XXXXXXX` means no Ofsted
 * setting (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england). Only placements that overlap the year count.
 * Works on the merged columns: only the placements that reach a setting
 * (or are skipped) are made into objects.
 */
import { classifyUrn, type UrnKind } from '../records/xlsx/urn';
import type { OwnershipGraph } from './graph-model';
import { mergedPlacement, mergedSources, type MergedPlacements } from './merge-placements';
import { NO_DAY, NO_TEXT } from './placement-index';
import { nightsWithin, periodDays } from './placements';
import { optionalText, textOf } from './pooled-placements';
import type { Period, Placement, SkippedPlacement } from './types';

/** A placement in the year, with its days in the year and the setting it reached. */
export type Use = { readonly placement: Placement; readonly days: number };

/** Placements per setting key, split by how they reached it. */
export type Uses = { readonly byUrn: Map<string, Use[]>; readonly byPostcode: Map<string, Use[]> };

/** Uses, the number of placements in the year, and those that cannot be used. */
export type PlaceUses = Uses & { readonly all: number; readonly skipped: SkippedPlacement[] };

/**
 * A use whose placement is made into an object only when asked for: most
 * placements at a setting are counted, and only a flag's or lead's listed.
 */
class MergedUse implements Use {
  private made: Placement | undefined;

  constructor(
    private readonly merged: MergedPlacements,
    private readonly at: number,
    readonly days: number,
  ) {}

  get placement(): Placement {
    this.made ??= mergedPlacement(this.merged, this.at);
    return this.made;
  }
}

function add(map: Map<string, Use[]>, key: string, use: Use): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [use]);
  else list.push(use);
}

/** Sorts merged placements into settings, and notes those that cannot be used. */
export function placeUses(
  graph: OwnershipGraph,
  year: Period,
  merged: MergedPlacements,
): PlaceUses {
  const period = periodDays(year);
  const { pooled } = merged;
  const uses: Uses = { byUrn: new Map(), byPostcode: new Map() };
  const skipped: SkippedPlacement[] = [];
  // Each URN text worked out once: its kind and its key, by code.
  const urns: ({ readonly kind: UrnKind; readonly key: string } | undefined)[] = [];
  const firstSource = (at: number) =>
    mergedSources(merged, at)[0] ?? { file: '', row: 0, kind: 'ssda903' as const };
  let all = 0;
  const count = merged.head.length;
  for (let at = 0; at < count; at += 1) {
    const row = merged.head[at] ?? 0;
    const start = pooled.start[row] ?? NO_DAY;
    if (start === NO_DAY) {
      skipped.push({ ...firstSource(at), reason: 'The placement has no readable start date.' });
      continue;
    }
    const days = nightsWithin(start, merged.end[at] ?? NO_DAY, period);
    if (days === null) continue;
    all += 1;
    const code = pooled.urn[row] ?? NO_TEXT;
    let urn = urns[code];
    if (urn === undefined) {
      const text = textOf(pooled, code).trim();
      urn = { kind: classifyUrn(text), key: text.toUpperCase() };
      urns[code] = urn;
    }
    if (urn.kind === 'no-ofsted-setting') continue;
    if (urn.kind !== 'blank') {
      if (graph.settings.has(urn.key)) {
        add(uses.byUrn, urn.key, new MergedUse(merged, at, days));
      } else {
        const reason = `URN ${textOf(pooled, code).trim()} is not in the Ofsted provider lists.`;
        skipped.push({ ...firstSource(at), reason });
      }
      continue;
    }
    const postcode =
      optionalText(pooled, merged.postcode[at] ?? NO_TEXT)
        ?.replace(/\s+/g, '')
        .toUpperCase() ?? '';
    const place = optionalText(pooled, merged.place[at] ?? NO_TEXT);
    const matches = (graph.byPostcode.get(postcode) ?? []).filter((key) =>
      place === null ? false : (graph.settings.get(key)?.placementCodes.includes(place) ?? false),
    );
    const only = matches.length === 1 ? matches[0] : undefined;
    if (only !== undefined) add(uses.byPostcode, only, new MergedUse(merged, at, days));
  }
  return { ...uses, all, skipped };
}
