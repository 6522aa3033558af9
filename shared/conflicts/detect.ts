/**
 * Conflict-of-interest detection: for every placement in the year
 * (903 episodes and Annex A List 8, linked by URN), find setting → owner →
 * company → group, and compare it with each delegated provider's own group.
 * A flag is `same-entity` (the owner is the delegated provider) or
 * `same-group` (they share a parent). A placement with a blank URN whose
 * postcode and placement type match exactly one setting gives a lead, never
 * a flag; `XXXXXXX` means no Ofsted setting. Flag ids are stable across runs
 * (delegated provider id + URN), so reviews attach to them.
 */
import { controlSteps, groupAround, ownerStep, settingStep } from './evidence';
import type { GraphSetting, Owner, OwnershipGraph } from './graph-model';
import { byText, companyId, nodeOf } from './graph-model';
import type { LeadCandidate } from './leads';
import { leadCandidates, memberIndex } from './leads';
import { mergePooled } from './merge-placements';
import type { PlaceUses, Use } from './place-uses';
import { placeUses } from './place-uses';
import { pooledFromPlacements, type PooledPlacements } from './pooled-placements';
import type { ProviderView } from './provider-view';
import { providerView } from './provider-view';
import { withReviews } from './reviews';
import { flagOrder, severityOf } from './severity';
import type {
  AffectedPlacement,
  ChainLink,
  Conflict,
  ConflictReport,
  DetectInput,
  Lead,
} from './types';

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function affected(uses: readonly Use[]): AffectedPlacement[] {
  return uses
    .map(({ placement, days }) => ({
      child: placement.child,
      start: placement.start,
      end: placement.end,
      place: placement.place,
      provider: placement.provider,
      urn: placement.urn,
      days,
      sources: placement.sources,
    }))
    .sort(
      (a, b) =>
        byText(a.child, b.child) ||
        byText(a.start ?? '', b.start ?? '') ||
        byText(a.sources[0]?.file ?? '', b.sources[0]?.file ?? '') ||
        (a.sources[0]?.row ?? 0) - (b.sources[0]?.row ?? 0),
    );
}

type EntryArgs = {
  readonly id: string;
  readonly kind: Conflict['kind'];
  readonly view: ProviderView;
  readonly setting: GraphSetting;
  readonly owner: Owner;
  readonly uses: readonly Use[];
  readonly chain: readonly ChainLink[];
  readonly common: string;
  readonly groupPlacements: number;
  readonly allPlacements: number;
};

function entry(graph: OwnershipGraph, args: EntryArgs): Conflict {
  const { view, setting, owner, uses } = args;
  const placements = affected(uses);
  const children = [...new Set(placements.map((p) => p.child).filter((c) => c !== ''))].sort(
    byText,
  );
  const days = placements.reduce((sum, p) => sum + p.days, 0);
  const groupShare =
    args.allPlacements === 0 ? 0 : round4(args.groupPlacements / args.allPlacements);
  const link = owner.link;
  return {
    id: args.id,
    kind: args.kind,
    severity: severityOf(args.kind, { children: children.length, days, groupShare }),
    delegatedProvider: { id: view.provider.id, name: view.provider.name },
    setting: { urn: setting.urn, name: setting.name, type: setting.type, sector: setting.sector },
    owner: {
      name: owner.name,
      ids: owner.ids,
      company:
        link === null
          ? null
          : {
              number: link.company,
              name: nodeOf(graph, companyId(link.company)).name,
              link: link.how,
            },
    },
    group: groupAround(graph, args.common),
    children,
    placements,
    placementTypes: [...new Set(placements.flatMap((p) => p.place ?? []))].sort(byText),
    days,
    groupShare,
    groupPlacements: args.groupPlacements,
    allPlacements: args.allPlacements,
    chain: args.chain,
    review: null,
  };
}

/** Detects conflicts of interest between the delegated providers and the council's placements. */
export function detectConflicts(graph: OwnershipGraph, input: DetectInput): ConflictReport {
  return detectPooled(graph, { ...input, placements: pooledFromPlacements(input.placements) });
}

/** What {@link detectPooled} takes: the placements in columns, as pooled from the files' indexes. */
export type PooledDetectInput = Omit<DetectInput, 'placements'> & {
  readonly placements: PooledPlacements;
};

/**
 * {@link detectConflicts} for placements in columns: they are merged and
 * sorted into settings there, and only those a flag or lead lists are made
 * into objects.
 */
export function detectPooled(graph: OwnershipGraph, input: PooledDetectInput): ConflictReport {
  return detectFromUses(graph, input, placeUses(graph, input.year, mergePooled(input.placements)));
}

function detectFromUses(
  graph: OwnershipGraph,
  input: Omit<DetectInput, 'placements'>,
  uses: PlaceUses,
): ConflictReport {
  const conflicts: Conflict[] = [];
  const leads: Lead[] = [];
  const views = [...input.providers]
    .sort((a, b) => byText(a.id, b.id))
    .map((provider) => providerView(graph, provider));
  const ownerOf = (key: string): { setting: GraphSetting; owner: Owner } | undefined => {
    const setting = graph.settings.get(key);
    const ownerKey = setting?.ownerKey ?? null;
    const owner = ownerKey === null ? undefined : graph.owners.get(ownerKey);
    return setting === undefined || owner === undefined ? undefined : { setting, owner };
  };

  for (const view of views) {
    let groupPlacements = 0;
    for (const [key, list] of uses.byUrn) {
      const found = ownerOf(key);
      if (found !== undefined && view.group.has(found.owner.entity)) groupPlacements += list.length;
    }
    const base = { view, groupPlacements, allPlacements: uses.all };
    const members = memberIndex(graph, view);
    const lead = (
      id: string,
      key: string,
      list: readonly Use[],
      candidates: readonly LeadCandidate[],
      first: readonly ChainLink[],
      note: string | null,
    ): void => {
      const found = ownerOf(key);
      const top = candidates[0];
      if (found === undefined || top === undefined) return;
      const rest = controlSteps(graph, view, top.entity);
      if (rest === null) return;
      const reasons = [note, ...candidates.slice(0, 3).map((c) => c.reason)].filter(
        (reason) => reason !== null && reason !== '',
      );
      leads.push({
        ...entry(graph, {
          ...base,
          id,
          kind: top.kind,
          setting: found.setting,
          owner: found.owner,
          uses: list,
          chain: [
            ...first,
            settingStep(found.setting, found.owner),
            ...(top.bridge === null ? [] : [top.bridge]),
            ...rest.steps,
          ],
          common: rest.common,
        }),
        reason: reasons.join(' '),
      });
    };

    for (const [key, list] of uses.byUrn) {
      const found = ownerOf(key);
      if (found === undefined) continue;
      const { setting, owner } = found;
      const steps = controlSteps(graph, view, owner.entity);
      if (steps === null) {
        const candidates = leadCandidates(graph, view, members, owner);
        lead(`lead:${view.provider.id}:${key}`, key, list, candidates, [], null);
        continue;
      }
      const bridge = ownerStep(graph, owner, owner.entity);
      conflicts.push(
        entry(graph, {
          ...base,
          id: `conflict:${view.provider.id}:${key}`,
          kind: view.self.has(owner.entity) ? 'same-entity' : 'same-group',
          setting,
          owner,
          uses: list,
          chain: [
            settingStep(setting, owner),
            ...(bridge === null ? [] : [bridge]),
            ...steps.steps,
          ],
          common: steps.common,
        }),
      );
    }

    for (const [key, list] of uses.byPostcode) {
      const found = ownerOf(key);
      if (found === undefined || controlSteps(graph, view, found.owner.entity) === null) continue;
      const { setting, owner } = found;
      const bridge = ownerStep(graph, owner, owner.entity);
      const firsts = list.map(({ placement }) => ({
        from: `placement of child ${placement.child} (URN blank)`,
        to: `${setting.urn}${setting.name === null ? '' : ` ${setting.name}`}`,
        via: `postcode ${placement.postcode ?? ''} and placement type ${placement.place ?? ''} match this setting only`,
        source: { file: placement.sources[0]?.file ?? '', date: null },
      }));
      const candidate: LeadCandidate = {
        kind: view.self.has(owner.entity) ? 'same-entity' : 'same-group',
        bridge,
        entity: owner.entity,
        reason: '',
      };
      lead(
        `lead:${view.provider.id}:${key}:postcode`,
        key,
        list,
        [candidate],
        firsts.slice(0, 1),
        'The URN is blank; the placement postcode and type match this setting only, so it may be placed here.',
      );
    }
  }

  const reviewed = withReviews(conflicts, leads, input.reviews ?? []);
  return {
    asOf: graph.asOf,
    year: input.year,
    conflicts: reviewed.conflicts.sort(flagOrder),
    leads: reviewed.leads.sort((a, b) => flagOrder(a, b) || byText(a.id, b.id)),
    skipped: uses.skipped.sort(
      (a, b) => byText(a.file, b.file) || a.row - b.row || byText(a.reason, b.reason),
    ),
    unmatchedReviews: reviewed.unmatched,
  };
}
