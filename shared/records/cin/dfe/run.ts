/**
 * Runs the DfE CIN census rules in force for a census year: exactly the
 * rules the year's ruleset holds (catalogue.ts). Each finding is a problem
 * with the DfE code beside the workbook's rule id `cin.dfe.<code>`; an
 * Error is an error, a Query (fix or explain) a warning.
 */
import type { RecordProblem } from '../../problem';
import { dayOf } from '../dates';
import { addCinProblem, type CinRow, type CinTables, type CinYear } from '../types';
import { DFE_CIN_RULES } from './catalogue';
import { episodePairs } from './helpers';
import { childrenOf, type ChildRecord, type Episode } from './model';
import { CIN_RULES } from './registry';
import type { CinEpisodeCheck, CinEpisodeItems, CinFlag, CinRule, CinRuleInput } from './rule';
import { cinRuleYear, type CinRuleYear } from './years';

const ENTRIES = new Map(DFE_CIN_RULES.map((entry) => [entry.code, entry]));

/** The implemented rules the ruleset of `year` holds, in the catalogue's order. */
export function cinRulesInForce(year: CinRuleYear): CinRule[] {
  const byCode = new Map(CIN_RULES.map((rule) => [rule.code, rule]));
  return DFE_CIN_RULES.flatMap((entry) => {
    const rule = byCode.get(entry.code);
    return rule !== undefined && entry.years.includes(year) ? [rule] : [];
  });
}

/**
 * A date cell as a day number, read once per distinct text: the reader keeps
 * each distinct date text once (reader.ts), so the cache is small and its
 * keys are at hand.
 */
function dayReader(): (text: string | undefined) => number | undefined {
  const known = new Map<string, number | undefined>();
  return (text) => {
    if (text === undefined || text === '') return undefined;
    const cached = known.get(text);
    if (cached !== undefined) return cached;
    const day = dayOf(text);
    if (day !== undefined && known.size < 100_000) known.set(text, day);
    return day;
  };
}

/** The rules' input for a census: grouped by child once, shared by every rule. */
export function cinRuleInput(tables: CinTables, year: CinYear): CinRuleInput {
  const children = childrenOf(tables);
  return {
    tables,
    children,
    year,
    ruleYear: cinRuleYear(year),
    start: dayOf(year.start) ?? 0,
    end: dayOf(year.end) ?? 0,
    day: dayReader(),
    episodes: episodePairs(children),
  };
}

type Visitor = { readonly visit: CinEpisodeCheck['visit']; readonly flag: CinFlag };

/** The rules that read an episode's items of one kind, by kind. */
function perItems(): Record<CinEpisodeItems, Visitor[]> {
  return { episode: [], assessments: [], plans: [], s47: [], cpps: [] };
}

function visitAll(
  visitors: readonly Visitor[],
  input: CinRuleInput,
  child: ChildRecord,
  episode: Episode,
): void {
  for (const { visit, flag } of visitors) visit(input, child, episode, flag);
}

/** A finding, kept until every rule has run so the problems come rule by rule. */
type Finding = { readonly problem: RecordProblem; readonly row: CinRow | undefined };

function flagFor(file: string, code: string, findings: Finding[]): CinFlag {
  const entry = ENTRIES.get(code);
  const message = entry?.message.trim() ?? `DfE rule ${code}.`;
  const severity = entry?.rule_type === 'Query' ? 'warning' : 'error';
  return (table, row, columns, note) => {
    const column = typeof columns === 'string' ? columns : columns[0];
    const value = column === undefined ? undefined : row?.values[column];
    findings.push({
      problem: {
        rule: `cin.dfe.${code}`,
        dfeCode: code,
        severity,
        file,
        sheet: table,
        ...(row === undefined ? {} : { row: row.row }),
        ...(column === undefined ? {} : { column }),
        ...(value === undefined || value === '' ? {} : { value }),
        message: note === undefined ? message : `${message} (${note})`,
      },
      row,
    });
  };
}

/**
 * Runs every rule in force for the census year, adding each finding to
 * `problems`, rule by rule in the catalogue's order. The rules that read a
 * child on its own (most) run child by child, all of them on one child
 * before the next: a child's rows are read once while they are at hand,
 * not once per rule across the whole census.
 */
export function runCinRules(
  file: string,
  tables: CinTables,
  year: CinYear,
  problems: RecordProblem[],
): void {
  const input = cinRuleInput(tables, year);
  const rules = cinRulesInForce(input.ruleYear);
  const findings = rules.map((): Finding[] => []);
  const flags = rules.map((rule, at) => flagFor(file, rule.code, findings[at] ?? []));
  const perChild: { check: CinRule['check']; flag: CinFlag }[] = [];
  const perEpisode = perItems();
  rules.forEach((rule, at) => {
    const flag = flags[at];
    if (flag === undefined) return;
    if (rule.census === true) rule.check(input, flag);
    else if (rule.each !== undefined)
      perEpisode[rule.each.items].push({ visit: rule.each.visit, flag });
    else perChild.push({ check: rule.check, flag });
  });
  // One input, refilled for each child: the rules keep nothing of it.
  const only: ChildRecord[] = [];
  const pairs: (readonly [ChildRecord, Episode])[] = [];
  const one: CinRuleInput = { ...input, children: only, episodes: pairs };
  for (const child of input.children) {
    only[0] = child;
    pairs.length = 0;
    for (const episode of child.episodes) pairs.push([child, episode]);
    for (const { check, flag } of perChild) check(one, flag);
    // Each rule's findings still come child by child, episode by episode, as its own check gives them.
    for (const episode of child.episodes) {
      visitAll(perEpisode.episode, one, child, episode);
      if (episode.assessments.length > 0) visitAll(perEpisode.assessments, one, child, episode);
      if (episode.plans.length > 0) visitAll(perEpisode.plans, one, child, episode);
      if (episode.s47.length > 0) visitAll(perEpisode.s47, one, child, episode);
      if (episode.cpps.length > 0) visitAll(perEpisode.cpps, one, child, episode);
    }
  }
  for (const list of findings)
    for (const { problem, row } of list) addCinProblem(problems, problem, row);
}
