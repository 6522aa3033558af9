/**
 * A delegated provider as the graph sees it: the node that stands
 * for it, everything above it, and its whole group — the members under its
 * ultimate parents. Built once per provider per detection run.
 */
import { normaliseCompanyNumber } from '../domain/model/company-number';
import { normaliseCompanyName } from './company-name';
import type { OwnershipGraph } from './graph-model';
import { companyId, nameId, nodeOf } from './graph-model';
import type { ChainLink, DelegatedProvider } from './types';
import type { Step } from './walk';
import { ancestors, descendants, ultimateParents } from './walk';

/** Where a provider's own record is said to come from in a chain. */
const PROVIDERS_FILE = 'delegated providers (workbook)';

/** A delegated provider placed in the graph. */
export type ProviderView = {
  readonly provider: DelegatedProvider;
  /** The provider's normalised name. */
  readonly key: string;
  /** The node standing for the provider: its company when known, else its name. */
  readonly entity: string;
  /** Nodes that are the provider itself: its company and its name. */
  readonly self: ReadonlySet<string>;
  /** How each self node is tied to the provider, for the end of a chain. */
  readonly closing: ReadonlyMap<string, ChainLink>;
  /** Everything above the provider, with the shortest way up. */
  readonly reached: ReadonlyMap<string, Step>;
  /** Every body in the provider's group(s), the provider included. */
  readonly group: ReadonlySet<string>;
};

/** Places a delegated provider in the graph. */
export function providerView(graph: OwnershipGraph, provider: DelegatedProvider): ProviderView {
  const key = normaliseCompanyName(provider.name);
  const to = `${provider.name} (delegated provider)`;
  const recordSource = { file: PROVIDERS_FILE, date: null };
  const closing = new Map<string, ChainLink>();
  const number =
    provider.companyNumber === undefined
      ? undefined
      : normaliseCompanyNumber(provider.companyNumber);
  let entity: string;
  if (number !== undefined) {
    entity = companyId(number);
    closing.set(entity, {
      from: nodeOf(graph, entity).label,
      to,
      via: 'company number in the delegated provider record',
      source: recordSource,
    });
  } else {
    const link = graph.resolveName(provider.name).link;
    entity = link === null ? nameId(key) : companyId(link.company);
    if (link !== null) {
      const how =
        link.how === 'confirmed'
          ? `link confirmed by ${link.by ?? '?'} on ${link.at ?? '?'}`
          : 'matched by name';
      closing.set(entity, { from: nodeOf(graph, entity).label, to, via: how, source: link.source });
    }
  }
  const byName = nameId(key);
  if (!closing.has(byName)) {
    closing.set(byName, {
      from: nodeOf(graph, byName).label,
      to,
      via: `matched by name: both normalise to "${key}"`,
      source: recordSource,
    });
  }
  const self = new Set([entity, byName]);
  const reached = ancestors(graph, [...self]);
  const group = descendants(graph, ultimateParents(graph, reached));
  for (const id of self) group.add(id);
  return { provider, key, entity, self, closing, reached, group };
}
