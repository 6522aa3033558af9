/**
 * Walking the ownership graph: upwards through parents to the
 * ultimate parents, and downwards from them to every member of the group.
 * Breadth-first with a visited set, so cycles (A controls B controls A),
 * missing companies (a parent with no records of its own) and parents the
 * data cannot place (overseas, legal persons) end a walk without hanging.
 */
import type { ControlEdge, OwnershipGraph } from './graph-model';
import { byText } from './graph-model';

/** How a walk reached a node: the edge it came by (null at a start) and the node before. */
export type Step = { readonly edge: ControlEdge | null; readonly depth: number };

/** Every node reachable upwards from `starts` (themselves included), with the shortest way there. */
export function ancestors(
  graph: Pick<OwnershipGraph, 'parents'>,
  starts: readonly string[],
): Map<string, Step> {
  const reached = new Map<string, Step>();
  let frontier = [...new Set(starts)].sort(byText);
  for (const start of frontier) reached.set(start, { edge: null, depth: 0 });
  for (let depth = 1; frontier.length > 0; depth += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of graph.parents.get(id) ?? []) {
        if (reached.has(edge.parent)) continue;
        reached.set(edge.parent, { edge, depth });
        next.push(edge.parent);
      }
    }
    frontier = next;
  }
  return reached;
}

/**
 * The ultimate parents among `reached` (the result of {@link ancestors}):
 * those with no parent of their own. A walk that only goes round a cycle has
 * none, so then every node it reached stands as a parent.
 */
export function ultimateParents(
  graph: Pick<OwnershipGraph, 'parents'>,
  reached: ReadonlyMap<string, Step>,
): string[] {
  const roots = [...reached.keys()].filter((id) => (graph.parents.get(id) ?? []).length === 0);
  return (roots.length > 0 ? roots : [...reached.keys()]).sort(byText);
}

/** Every node reachable downwards from `roots` (themselves included). */
export function descendants(
  graph: Pick<OwnershipGraph, 'children'>,
  roots: readonly string[],
): Set<string> {
  const reached = new Set(roots);
  let frontier = [...reached];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of graph.children.get(id) ?? []) {
        if (reached.has(edge.child)) continue;
        reached.add(edge.child);
        next.push(edge.child);
      }
    }
    frontier = next;
  }
  return reached;
}

/** The edges from `id` up to its walk's start, nearest the start first. */
export function pathTo(reached: ReadonlyMap<string, Step>, id: string): ControlEdge[] {
  const path: ControlEdge[] = [];
  let edge = reached.get(id)?.edge ?? null;
  while (edge !== null) {
    path.push(edge);
    edge = reached.get(edge.child)?.edge ?? null;
  }
  return path.toReversed();
}
