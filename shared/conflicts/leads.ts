/**
 * Leads: ties that are only possible, so they never count as
 * flags until a person confirms a link —
 * - a proposed owner → company link (several companies with the name, a
 *   former name, the same name apart from legal form or Group/Holdings/UK)
 *   whose company is the delegated provider or in its group;
 * - an owner with the delegated provider's name whose Companies House
 *   number differs from the provider's;
 * - an owner name alike to the delegated provider's or to a member of its
 *   group: Jaro-Winkler of the core names without spaces at least 0.9, the
 *   shorter at least three quarters the length of the longer (Jaro-Winkler
 *   alone rewards a shared prefix, so "Bright Water Care" would otherwise be
 *   like "Brightwater Group").
 * Leads from a placement with a blank URN, matched by postcode and
 * placement type, are made in detect.ts.
 */
import { coreCompanyName } from './company-name';
import type { Owner, OwnershipGraph } from './graph-model';
import { companyId, nodeOf } from './graph-model';
import type { ProviderView } from './provider-view';
import { jaroWinkler } from './similarity';
import type { ChainLink, Conflict } from './types';

/** Core names at least this alike make a lead. */
const LEAD_SIMILARITY = 0.9;
/** The shorter core name must be at least this share of the longer's length. */
const LENGTH_RATIO = 0.75;

/**
 * Characters of a core name compared: Companies House allows a company name
 * of at most 160 characters, and Jaro-Winkler takes time growing with the
 * square of the length, so a longer (damaged) name is compared by its start.
 */
const MAX_COMPARED = 200;

/** How alike two core names are (0–1), or 0 when their lengths differ too much. */
function alike(a: string, b: string): number {
  const x = a.replaceAll(' ', '').slice(0, MAX_COMPARED);
  const y = b.replaceAll(' ', '').slice(0, MAX_COMPARED);
  const ratio = Math.min(x.length, y.length) / Math.max(x.length, y.length, 1);
  return ratio < LENGTH_RATIO ? 0 : jaroWinkler(x, y);
}

/** One possible tie between an owner and a delegated provider. */
export type LeadCandidate = {
  readonly kind: Conflict['kind'];
  /** The step from the owner name to `entity` (none when `entity` is the owner's own node). */
  readonly bridge: ChainLink | null;
  /** The node the chain goes on from, to the provider. */
  readonly entity: string;
  readonly reason: string;
};

type Named = { readonly id: string; readonly core: string };

/** Group members (not the provider itself) by the first letter of their core name. */
export function memberIndex(graph: OwnershipGraph, view: ProviderView): Map<string, Named[]> {
  const index = new Map<string, Named[]>();
  for (const id of view.group) {
    if (view.self.has(id)) continue;
    const core = coreCompanyName(nodeOf(graph, id).name);
    const list = index.get(core.charAt(0));
    if (list === undefined) index.set(core.charAt(0), [{ id, core }]);
    else list.push({ id, core });
  }
  return index;
}

/** The possible ties of `owner` to the provider of `view`, strongest first. */
export function leadCandidates(
  graph: OwnershipGraph,
  view: ProviderView,
  members: ReadonlyMap<string, readonly Named[]>,
  owner: Owner,
): LeadCandidate[] {
  const found: LeadCandidate[] = [];
  const providerNode = nodeOf(graph, view.entity).label;
  for (const proposal of owner.proposals) {
    const entity = companyId(proposal.company);
    const self = view.self.has(entity);
    if (!self && !view.group.has(entity)) continue;
    const label = nodeOf(graph, entity).label;
    found.push({
      kind: self ? 'same-entity' : 'same-group',
      bridge: {
        from: owner.name,
        to: label,
        via: `proposed link, not confirmed: ${proposal.reason}`,
        source: proposal.source,
      },
      entity,
      reason: `"${owner.name}" may be ${label} (${proposal.reason}). Confirm or reject the link.`,
    });
  }
  if (owner.key === view.key && owner.link !== null && !view.self.has(owner.entity)) {
    found.push({
      kind: 'same-entity',
      bridge: {
        from: owner.name,
        to: providerNode,
        via: `same name, but Companies House gives company ${owner.link.company}`,
        source: owner.link.source,
      },
      entity: view.entity,
      reason: `"${owner.name}" has the delegated provider's name but a different company number (${owner.link.company}). Check which company runs the setting.`,
    });
  }
  const core = coreCompanyName(owner.name);
  const similar = alike(core, coreCompanyName(view.provider.name));
  // A person who rejected this owner's link to the provider's company has settled the likeness.
  const settled = owner.rejected.some((n) => companyId(n) === view.entity);
  if (owner.key !== view.key && similar >= LEAD_SIMILARITY && !settled) {
    found.push({
      kind: 'same-entity',
      bridge: {
        from: owner.name,
        to: providerNode,
        via: `names alike (similarity ${similar.toFixed(2)}), not a match until confirmed`,
        source: { file: 'ownership graph', date: graph.asOf },
      },
      entity: view.entity,
      reason: `"${owner.name}" is like the delegated provider's name "${view.provider.name}". Check whether they are one body.`,
    });
  }
  // Likeness to a group member is the weakest sign: looked for only when nothing else was found.
  if (found.length > 0) return found;
  for (const member of members.get(core.charAt(0)) ?? []) {
    if (member.id === owner.entity || owner.rejected.some((n) => companyId(n) === member.id)) {
      continue;
    }
    const score = alike(core, member.core);
    if (score < LEAD_SIMILARITY) continue;
    const label = nodeOf(graph, member.id).label;
    found.push({
      kind: 'same-group',
      bridge: {
        from: owner.name,
        to: label,
        via: `names alike (similarity ${score.toFixed(2)}), not a match until confirmed`,
        source: { file: 'ownership graph', date: graph.asOf },
      },
      entity: member.id,
      reason: `"${owner.name}" is like ${label}, in the delegated provider's group. Check whether they are one body.`,
    });
  }
  return found;
}
