/**
 * Links from a name (an Ofsted owner name, a top company, a delegated
 * provider's name) to a Companies House company:
 * - a person's confirmed link always counts; a rejected one is never made
 *   again, by name or by proposal;
 * - a name whose key ({@link normaliseCompanyName}) equals exactly one
 *   company's name links automatically, "matched by name";
 * - anything looser — several companies with that key, the same name apart
 *   from legal form or words such as Group/Holdings/UK, a company's former
 *   name — is only proposed, and never counts until a person confirms it.
 */
import { normaliseCompanyNumber } from '../domain/model/company-number';
import type { RecordProblem } from '../records/problem';
import { coreCompanyName, nameKeys, normaliseCompanyName } from './company-name';
import type { CompanyLink, ProposedLink } from './graph-model';
import { byText } from './graph-model';
import type { LinkDecision, Source } from './types';

/** Where link decisions are said to come from in a chain. */
const LINKS_FILE = 'link decisions (workbook)';

/** Most proposals kept for one name. */
const MAX_PROPOSALS = 10;

/** A company as the name index sees it. */
export type IndexedCompany = {
  readonly number: string;
  readonly name: string;
  readonly previousNames: readonly string[];
  readonly source: Source;
};

type Decided = { readonly confirmed: DecisionOf | null; readonly rejected: ReadonlySet<string> };
type DecisionOf = { readonly company: string; readonly by: string; readonly at: string };

/** Adds `number` under `key` once (a Set: a list searched on every add made many companies of one name quadratic). */
function push(map: Map<string, Set<string>>, key: string, number: string): void {
  if (key === '') return;
  const numbers = map.get(key);
  if (numbers === undefined) map.set(key, new Set([number]));
  else numbers.add(number);
}

/**
 * The final decision per (name key, company): the latest `at` wins, and a
 * rejection wins a tie. Unreadable company numbers are reported.
 */
function decide(links: readonly LinkDecision[], problems: RecordProblem[]): Map<string, Decided> {
  const latest = new Map<
    string,
    LinkDecision & { readonly number: string; readonly key: string }
  >();
  for (const link of links) {
    const number = normaliseCompanyNumber(link.company);
    const key = normaliseCompanyName(link.owner);
    if (number === undefined || key === '') {
      problems.push({
        rule: 'conflicts.link.unreadable',
        severity: 'warning',
        file: LINKS_FILE,
        value: `${link.owner} → ${link.company}`,
        message: `The link "${link.owner}" → "${link.company}" (${link.decision} by ${link.by}) needs a name and a company number (e.g. 01234567); it was not used.`,
      });
      continue;
    }
    const pair = `${key}\u0000${number}`;
    const before = latest.get(pair);
    const later =
      before === undefined ||
      link.at > before.at ||
      (link.at === before.at && link.decision === 'rejected');
    if (later) latest.set(pair, { ...link, number, key });
  }
  const byKey = new Map<string, { confirmed: DecisionOf | null; rejected: Set<string> }>();
  for (const link of latest.values()) {
    const entry = byKey.get(link.key) ?? { confirmed: null, rejected: new Set<string>() };
    byKey.set(link.key, entry);
    if (link.decision === 'rejected') {
      entry.rejected.add(link.number);
      continue;
    }
    const current = entry.confirmed;
    const wins =
      current === null ||
      link.at > current.at ||
      (link.at === current.at && link.number < current.company);
    if (wins) entry.confirmed = { company: link.number, by: link.by, at: link.at };
  }
  return byKey;
}

/** Resolves names to companies; results are cached per name key. */
export type NameResolver = (name: string) => {
  link: CompanyLink | null;
  proposals: ProposedLink[];
  /** Companies a person said this name is not. */
  rejected: string[];
};

/** Builds the resolver over the companies and the link decisions. */
export function nameResolver(
  companies: ReadonlyMap<string, IndexedCompany>,
  links: readonly LinkDecision[],
  problems: RecordProblem[],
): NameResolver {
  const byKey = new Map<string, Set<string>>();
  const byCore = new Map<string, Set<string>>();
  const byPrevious = new Map<string, Set<string>>();
  for (const company of companies.values()) {
    const { key, core } = nameKeys(company.name);
    push(byKey, key, company.number);
    push(byCore, core, company.number);
    for (const previous of company.previousNames) {
      push(byPrevious, normaliseCompanyName(previous), company.number);
    }
  }
  const decisions = decide(links, problems);
  const cache = new Map<string, ReturnType<NameResolver>>();

  const resolve = (key: string): ReturnType<NameResolver> => {
    const decided = decisions.get(key);
    const rejected = decided?.rejected ?? new Set<string>();
    const confirmed = decided?.confirmed ?? null;
    const rejectedList = [...rejected].sort(byText);
    if (confirmed !== null) {
      const link: CompanyLink = {
        company: confirmed.company,
        how: 'confirmed',
        by: confirmed.by,
        at: confirmed.at,
        source: { file: LINKS_FILE, date: confirmed.at.slice(0, 10) },
      };
      return { link, proposals: [], rejected: rejectedList };
    }
    const open = (numbers: ReadonlySet<string> | undefined): string[] =>
      [...(numbers ?? [])].filter((number) => !rejected.has(number)).sort(byText);
    const exact = open(byKey.get(key));
    const only = exact.length === 1 ? exact[0] : undefined;
    const company = only === undefined ? undefined : companies.get(only);
    if (company !== undefined) {
      const link: CompanyLink = {
        company: company.number,
        how: 'matched by name',
        by: null,
        at: null,
        source: company.source,
      };
      return { link, proposals: [], rejected: rejectedList };
    }
    const proposals: ProposedLink[] = [];
    const propose = (number: string, reason: string): void => {
      const source = companies.get(number)?.source;
      if (source !== undefined && !proposals.some((proposal) => proposal.company === number)) {
        proposals.push({ company: number, reason, source });
      }
    };
    for (const number of exact) {
      propose(number, `${exact.length} companies have this name`);
    }
    for (const number of open(byPrevious.get(key))) {
      propose(number, 'this was a former name of the company');
    }
    const core = coreCompanyName(key);
    for (const number of open(byCore.get(core))) {
      propose(number, 'the names differ only in legal form or words such as Group, Holdings or UK');
    }
    return { link: null, proposals: proposals.slice(0, MAX_PROPOSALS), rejected: rejectedList };
  };

  return (name) => {
    const key = normaliseCompanyName(name);
    if (key === '') return { link: null, proposals: [], rejected: [] };
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const result = resolve(key);
    cache.set(key, result);
    return result;
  };
}
