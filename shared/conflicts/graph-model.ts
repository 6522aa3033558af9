/**
 * The ownership graph's model: nodes are companies (by number),
 * bodies known only by a normalised name (an owner or top company with no
 * Companies House match, a legal person such as a council) and overseas
 * parents; edges run from a controlled body to its parent, each with its
 * evidence. Built once by `buildOwnershipGraph`, then read by
 * `detectConflicts` for each council. In memory only: the workbook keeps the
 * inputs, dated, and rebuilds it.
 */
import type { RecordProblem } from '../records/problem';
import type { NameResolver } from './name-links';
import type { Source } from './types';

/** What a node stands for. */
export type NodeKind = 'company' | 'name' | 'overseas';

/** A body in the graph; ids are `co:<number>`, `nm:<name key>` or `os:<country>:<name key>`. */
export type GraphNode = {
  readonly id: string;
  readonly kind: NodeKind;
  readonly number: string | null;
  /** The name as written (Companies House's for a company). */
  readonly name: string;
  /** How a chain writes it, e.g. `KESTREL HOMES LIMITED (01234567)`. */
  readonly label: string;
};

/** `child` is controlled by `parent`, as `via` says, according to `source`. */
export type ControlEdge = {
  readonly child: string;
  readonly parent: string;
  readonly via: string;
  readonly source: Source;
};

/** How an owner name was tied to a company. */
export type CompanyLink = {
  readonly company: string;
  readonly how: 'matched by name' | 'confirmed';
  /** Who confirmed it, and when (confirmed links only). */
  readonly by: string | null;
  readonly at: string | null;
  readonly source: Source;
};

/** A company an owner name may be, which only a person can confirm. */
export type ProposedLink = {
  readonly company: string;
  readonly reason: string;
  readonly source: Source;
};

/** One setting of the provider register, keyed by its URN in upper case. */
export type GraphSetting = {
  readonly urn: string;
  readonly name: string | null;
  readonly type: string | null;
  readonly sector: string | null;
  /** Postcode without spaces, upper case. */
  readonly postcode: string | null;
  readonly placementCodes: readonly string[];
  readonly ownerKey: string | null;
  readonly source: Source;
  readonly sheet: string | null;
  readonly row: number | null;
};

/** An owner: every setting whose owner name normalises to `key`. */
export type Owner = {
  readonly key: string;
  /** The name as the lists write it (the first in sort order when they differ). */
  readonly name: string;
  readonly names: readonly string[];
  /** Every Owner ID seen under the name; differing ids are kept as evidence, not split. */
  readonly ids: readonly string[];
  readonly urns: readonly string[];
  /** The graph node standing for the owner: its company, or its name. */
  readonly entity: string;
  readonly link: CompanyLink | null;
  readonly proposals: readonly ProposedLink[];
  /** Companies a person said this owner is not. */
  readonly rejected: readonly string[];
};

/** The ownership graph as built. */
export type OwnershipGraph = {
  readonly asOf: string | null;
  readonly nodes: ReadonlyMap<string, GraphNode>;
  /** Edges to each node's parents, sorted by parent id. */
  readonly parents: ReadonlyMap<string, readonly ControlEdge[]>;
  /** Edges to each node's children, sorted by child id. */
  readonly children: ReadonlyMap<string, readonly ControlEdge[]>;
  readonly settings: ReadonlyMap<string, GraphSetting>;
  /** URN keys by postcode, for placements with a blank URN. */
  readonly byPostcode: ReadonlyMap<string, readonly string[]>;
  readonly owners: ReadonlyMap<string, Owner>;
  /** Resolves any name (a delegated provider's too) to a company, as owner names are. */
  readonly resolveName: NameResolver;
  /** Problems found while building: missing companies, unreadable links, unplaceable parents. */
  readonly problems: readonly RecordProblem[];
};

/** The id of a company's node. */
export function companyId(number: string): string {
  return `co:${number}`;
}

/** The id of a name-only node. */
export function nameId(key: string): string {
  return `nm:${key}`;
}

/** The node of `id`, or a stand-in for one the graph lacks. */
export function nodeOf(graph: Pick<OwnershipGraph, 'nodes'>, id: string): GraphNode {
  return (
    graph.nodes.get(id) ?? {
      id,
      kind: 'name',
      number: null,
      name: id.slice(3),
      label: id.slice(3),
    }
  );
}

/** Compares two sources so the newest, then the first file by name, comes first. */
export function newerFirst(a: Source, b: Source): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** Plain string order (not locale-dependent), for sorting ids. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
