/**
 * The evidence chain of a flag: setting → owner (Ofsted list) →
 * company (name match or confirmed link) → parents (PSC snapshot, top
 * company) → the common parent → down to the delegated provider's company →
 * the delegated provider. Each step names its source file and date.
 */
import type { ControlEdge, GraphNode, GraphSetting, Owner, OwnershipGraph } from './graph-model';
import { byText, companyId, nameId, nodeOf } from './graph-model';
import type { ProviderView } from './provider-view';
import type { ChainLink, GroupMember } from './types';
import { ancestors, descendants, pathTo, ultimateParents } from './walk';

/** The first step: the setting and the owner the Ofsted list gives it. */
export function settingStep(setting: GraphSetting, owner: Owner): ChainLink {
  const ids = owner.ids.length === 0 ? '' : ` (Owner ID ${owner.ids.join(', ')})`;
  const names = owner.names.length > 1 ? `; also written ${owner.names.slice(1).join(', ')}` : '';
  return {
    from: `${setting.urn}${setting.name === null ? '' : ` ${setting.name}`}`,
    to: owner.name,
    via: `owner in the Ofsted provider list${ids}${names}`,
    source: setting.source,
  };
}

/** The step from an owner name to its company, when the owner's node is a company. */
export function ownerStep(graph: OwnershipGraph, owner: Owner, entity: string): ChainLink | null {
  if (entity === nameId(owner.key)) return null;
  const to = nodeOf(graph, entity).label;
  const link = owner.link;
  if (link !== null && entity === companyId(link.company)) {
    const via =
      link.how === 'confirmed'
        ? `link confirmed by ${link.by ?? '?'} on ${link.at ?? '?'}`
        : 'matched by name: the only company whose name normalises to the same key';
    return { from: owner.name, to, via, source: link.source };
  }
  const proposal = owner.proposals.find((candidate) => entity === companyId(candidate.company));
  return {
    from: owner.name,
    to,
    via: `proposed link, not confirmed: ${proposal?.reason ?? 'names alike'}`,
    source: proposal?.source ?? { file: 'ownership graph', date: graph.asOf },
  };
}

function up(graph: OwnershipGraph, edge: ControlEdge): ChainLink {
  return {
    from: nodeOf(graph, edge.child).label,
    to: nodeOf(graph, edge.parent).label,
    via: edge.via,
    source: edge.source,
  };
}

function down(graph: OwnershipGraph, edge: ControlEdge): ChainLink {
  return {
    from: nodeOf(graph, edge.parent).label,
    to: nodeOf(graph, edge.child).label,
    via: `controls it (${edge.via})`,
    source: edge.source,
  };
}

/**
 * The steps from `entity` (an owner's node) to the delegated provider: up to
 * the nearest parent they share, then down to the provider. Null when the
 * two are not in one group. Also gives that shared node.
 */
export function controlSteps(
  graph: OwnershipGraph,
  view: ProviderView,
  entity: string,
): { readonly steps: ChainLink[]; readonly common: string } | null {
  if (view.self.has(entity)) {
    const closing = view.closing.get(entity);
    return { steps: closing === undefined ? [] : [closing], common: entity };
  }
  if (!view.group.has(entity)) return null;
  const reached = ancestors(graph, [entity]);
  let common: string | undefined;
  let best = Number.POSITIVE_INFINITY;
  for (const [id, step] of reached) {
    const other = view.reached.get(id);
    if (other === undefined) continue;
    const length = step.depth + other.depth;
    if (length < best || (length === best && common !== undefined && id < common)) {
      best = length;
      common = id;
    }
  }
  if (common === undefined) return null;
  const ownerPath = pathTo(reached, common).map((edge) => up(graph, edge));
  const providerEdges = pathTo(view.reached, common);
  const start = providerEdges[0]?.child ?? common;
  const providerPath = providerEdges.toReversed().map((edge) => down(graph, edge));
  const closing = view.closing.get(start);
  return {
    steps: [...ownerPath, ...providerPath, ...(closing === undefined ? [] : [closing])],
    common,
  };
}

function member(node: GraphNode): GroupMember {
  return { number: node.number, name: node.kind === 'overseas' ? node.label : node.name };
}

/**
 * The group around `common`: its ultimate parent (null when `common` stands
 * alone, with no parent and nothing under it) and every member under the
 * ultimate parents, sorted by name.
 */
export function groupAround(
  graph: OwnershipGraph,
  common: string,
): { readonly parent: GroupMember | null; readonly members: readonly GroupMember[] } {
  const roots = ultimateParents(graph, ancestors(graph, [common]));
  const members = [...descendants(graph, roots)]
    .map((id) => member(nodeOf(graph, id)))
    .sort((a, b) => byText(a.name, b.name) || byText(a.number ?? '', b.number ?? ''));
  const root = roots[0];
  const alone = members.length <= 1 && root === common;
  return { parent: root === undefined || alone ? null : member(nodeOf(graph, root)), members };
}
