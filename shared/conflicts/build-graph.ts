/**
 * Builds the ownership graph from dated data the workbook holds:
 * Ofsted provider-list settings (URN → setting and owner), Companies House
 * companies and PSCs, and people's link decisions. The owner is identified by
 * its normalised name, since the social care providers list has no Owner ID
 * and the same owner appears under differing ids (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england: the
 * combined fake list is one owner, "Middle Earth Management League", with four
 * settings and four Owner IDs); the ids are kept as evidence.
 */
import type { Company } from '../records/companies-house/types';
import { natureLabel, pscParent } from '../records/companies-house/psc-control';
import type { RecordProblem } from '../records/problem';
import { normaliseCompanyName } from './company-name';
import type { ControlEdge, GraphNode, GraphSetting, Owner, OwnershipGraph } from './graph-model';
import { byText, companyId, nameId, newerFirst } from './graph-model';
import type { IndexedCompany } from './name-links';
import { nameResolver } from './name-links';
import type { GraphInput, SettingRecord, Source } from './types';

/** Most problems of one rule the build reports (the rest are counted). */
const MAX_PROBLEMS = 200;

function postcodeKey(postcode: string | null): string | null {
  const key = postcode?.replace(/\s+/g, '').toUpperCase() ?? '';
  return key === '' ? null : key;
}

function companyNode(number: string, name: string): GraphNode {
  return { id: companyId(number), kind: 'company', number, name, label: `${name} (${number})` };
}

function nameNode(key: string, name: string): GraphNode {
  return { id: nameId(key), kind: 'name', number: null, name, label: name };
}

/** The newest company record per number (then the first file, then the first row). */
function chooseCompanies(input: GraphInput): Map<string, { company: Company; source: Source }> {
  const chosen = new Map<string, { company: Company; source: Source }>();
  for (const list of input.companies ?? []) {
    const source = { file: list.file, date: list.date ?? null };
    for (const company of list.companies) {
      const before = chosen.get(company.number);
      const order = before === undefined ? -1 : newerFirst(source, before.source);
      if (order < 0 || (order === 0 && before !== undefined && company.row < before.company.row)) {
        chosen.set(company.number, { company, source });
      }
    }
  }
  return chosen;
}

type Sourced = { readonly setting: SettingRecord; readonly source: Source };

/** The setting kept per URN: the newest list, then file, sheet and row order. */
function chooseSettings(input: GraphInput): Map<string, Sourced> {
  const chosen = new Map<string, Sourced>();
  const rank = (entry: Sourced): string =>
    `${entry.setting.sheet ?? ''}\u0000${String(entry.setting.row ?? 0).padStart(9, '0')}`;
  for (const list of input.settings) {
    const source = { file: list.file, date: list.date ?? null };
    for (const setting of list.settings) {
      const key = setting.urn.trim().toUpperCase();
      if (key === '' || key === 'XXXXXXX') continue;
      const entry = { setting, source };
      const before = chosen.get(key);
      const order = before === undefined ? -1 : newerFirst(source, before.source);
      if (order < 0 || (order === 0 && before !== undefined && rank(entry) < rank(before))) {
        chosen.set(key, entry);
      }
    }
  }
  return chosen;
}

/** Builds the graph. Pure and deterministic: the order of the input rows does not matter. */
export function buildOwnershipGraph(input: GraphInput): OwnershipGraph {
  const asOf = input.asOf ?? null;
  const problems: RecordProblem[] = [];
  const counts = new Map<string, number>();
  const report = (problem: RecordProblem): void => {
    const count = (counts.get(problem.rule) ?? 0) + 1;
    counts.set(problem.rule, count);
    if (count <= MAX_PROBLEMS) problems.push(problem);
  };
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, ControlEdge & { readonly order: number }>();

  const companies = chooseCompanies(input);
  const indexed = new Map<string, IndexedCompany>();
  for (const [number, { company, source }] of companies) {
    nodes.set(companyId(number), companyNode(number, company.name));
    indexed.set(number, {
      number,
      name: company.name,
      previousNames: company.previousNames.map((previous) => previous.name),
      source,
    });
  }
  const resolveName = nameResolver(indexed, input.links ?? [], problems);

  const ensureCompany = (number: string, name: string | null, source: Source, row?: number) => {
    const id = companyId(number);
    if (nodes.has(id)) return id;
    nodes.set(id, companyNode(number, name ?? `company ${number}`));
    if (companies.size > 0) {
      report({
        rule: 'conflicts.company.missing',
        severity: 'info',
        file: source.file,
        ...(row === undefined ? {} : { row }),
        value: number,
        message: `Company ${number}${name === null ? '' : ` (${name})`} is not in the Companies House company data, so it is known only by this reference.`,
      });
    }
    return id;
  };
  // An owner's node is labelled with the owner's name; other names with the
  // same key (a top company, an unplaced corporate PSC) label it only if no owner does.
  const ownerNamed = new Set<string>();
  const ensureName = (key: string, name: string, owner = false): string => {
    const id = nameId(key);
    const before = nodes.get(id);
    if (owner) ownerNamed.add(id);
    if (owner || (!ownerNamed.has(id) && (before === undefined || name < before.name))) {
      nodes.set(id, nameNode(key, name));
    }
    return id;
  };
  const addEdge = (edge: ControlEdge, order: number): void => {
    if (edge.child === edge.parent) return;
    const key = `${edge.child}\u0000${edge.parent}`;
    const before = edges.get(key);
    const rank = before === undefined ? -1 : newerFirst(edge.source, before.source);
    if (rank < 0 || (rank === 0 && before !== undefined && order < before.order)) {
      edges.set(key, { ...edge, order });
    }
  };

  // Settings and owners.
  const chosen = chooseSettings(input);
  const settings = new Map<string, GraphSetting>();
  const ownerRows = new Map<string, Sourced[]>();
  for (const [key, { setting, source }] of chosen) {
    const ownerKey = setting.ownerName === null ? '' : normaliseCompanyName(setting.ownerName);
    settings.set(key, {
      urn: setting.urn.trim(),
      name: setting.name,
      type: setting.providerType,
      sector: setting.sector,
      postcode: postcodeKey(setting.postcode),
      placementCodes: setting.placementCodes.map((code) => code.trim().toUpperCase()),
      ownerKey: ownerKey === '' ? null : ownerKey,
      source,
      sheet: setting.sheet ?? null,
      row: setting.row ?? null,
    });
    if (ownerKey === '') continue;
    const rows = ownerRows.get(ownerKey) ?? [];
    rows.push({ setting, source });
    ownerRows.set(ownerKey, rows);
  }
  const owners = new Map<string, Owner>();
  for (const [key, rows] of ownerRows) {
    const names = [...new Set(rows.flatMap(({ setting }) => setting.ownerName ?? []))].sort(byText);
    const name = names[0] ?? key;
    const ids = [...new Set(rows.flatMap(({ setting }) => setting.ownerId ?? []))].sort(byText);
    const { link, proposals, rejected } = resolveName(name);
    const entity =
      link === null ? ensureName(key, name, true) : ensureCompany(link.company, null, link.source);
    const urns = rows.map(({ setting }) => setting.urn.trim()).sort(byText);
    owners.set(key, { key, name, names, ids, urns, entity, link, proposals, rejected });
  }
  // An owner's top company (as the SCP list gives it) is its parent.
  for (const [key, rows] of ownerRows) {
    const entity = owners.get(key)?.entity;
    if (entity === undefined) continue;
    for (const { setting, source } of rows) {
      const top = setting.topCompany;
      const topKey = top === null ? '' : normaliseCompanyName(top);
      if (top === null || topKey === '' || topKey === key) continue;
      const topLink = resolveName(top).link;
      const parent =
        topLink === null ? ensureName(topKey, top) : ensureCompany(topLink.company, null, source);
      const matched = topLink === null ? '' : `, ${topLink.how} to the company`;
      addEdge(
        { child: entity, parent, via: `top company in the Ofsted provider list${matched}`, source },
        setting.row ?? 0,
      );
    }
  }

  // Corporate control from the PSC snapshot.
  const known = (number: string): boolean => companies.has(number);
  for (const list of input.pscs ?? []) {
    const source = { file: list.file, date: list.date ?? null };
    for (const psc of list.pscs) {
      const parent = pscParent(psc, asOf, known);
      // A legal person that is not a company (a council owning its children's
      // trust) ends the chain without making a group: the issue walks
      // corporate PSCs, and a council's own homes are its in-house provision.
      if (parent === null || parent.kind === 'legal-person') continue;
      const natures = psc.natures.map(natureLabel).join('; ');
      let parentId: string;
      let via = `person with significant control: ${natures}`;
      if (parent.kind === 'uk-company') {
        parentId = ensureCompany(parent.number, parent.name, source, psc.line);
      } else if (parent.kind === 'overseas') {
        const country = parent.country ?? 'abroad';
        parentId = `os:${normaliseCompanyName(country)}:${normaliseCompanyName(parent.name)}`;
        if (!nodes.has(parentId)) {
          const label = `${parent.name} (registered in ${country})`;
          nodes.set(parentId, {
            id: parentId,
            kind: 'overseas',
            number: null,
            name: parent.name,
            label,
          });
        }
        via += '; registered outside the UK, so the chain ends here';
      } else {
        const key = normaliseCompanyName(parent.name ?? '');
        report({
          rule: 'conflicts.psc.parent-unplaced',
          severity: 'warning',
          file: source.file,
          row: psc.line,
          value: parent.name ?? '',
          message: `The corporate PSC of company ${psc.company} cannot be placed: ${parent.reason}. ${key === '' ? 'It has no name, so it was left out.' : 'It is kept by name only.'}`,
        });
        if (key === '') continue;
        parentId = ensureName(key, parent.name ?? key);
        via += '; not identified as a UK company, so the chain ends here';
      }
      const child = ensureCompany(psc.company, null, source, psc.line);
      addEdge({ child, parent: parentId, via, source }, psc.line);
    }
  }

  for (const [rule, count] of counts) {
    if (count <= MAX_PROBLEMS) continue;
    problems.push({
      rule,
      severity: 'info',
      file: 'ownership graph',
      message: `${count - MAX_PROBLEMS} more problems like the above (${rule}) were found and not listed.`,
    });
  }
  return {
    asOf,
    nodes,
    ...adjacency([...edges.values()]),
    settings,
    byPostcode: postcodeIndex(settings),
    owners,
    resolveName,
    problems,
  };
}

function adjacency(edges: readonly ControlEdge[]): Pick<OwnershipGraph, 'parents' | 'children'> {
  const parents = new Map<string, ControlEdge[]>();
  const children = new Map<string, ControlEdge[]>();
  for (const { child, parent, via, source } of edges) {
    const edge = { child, parent, via, source };
    const up = parents.get(child);
    if (up === undefined) parents.set(child, [edge]);
    else up.push(edge);
    const down = children.get(parent);
    if (down === undefined) children.set(parent, [edge]);
    else down.push(edge);
  }
  for (const list of parents.values()) list.sort((a, b) => byText(a.parent, b.parent));
  for (const list of children.values()) list.sort((a, b) => byText(a.child, b.child));
  return { parents, children };
}

function postcodeIndex(settings: ReadonlyMap<string, GraphSetting>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [key, setting] of settings) {
    if (setting.postcode === null) continue;
    const list = index.get(setting.postcode);
    if (list === undefined) index.set(setting.postcode, [key]);
    else list.push(key);
  }
  for (const list of index.values()) list.sort(byText);
  return index;
}
