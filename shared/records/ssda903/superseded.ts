/**
 * The workbook's own cross-table checks that a DfE validation rule now makes
 * (rules-*.ts were written before the DfE's rules were): while the DfE rule
 * is in force for the return's year, its finding stands for both, so one
 * mistake is one problem, carrying the DfE code. For a year with no
 * published ruleset (before 2022/23) the workbook's checks still run.
 * Where the DfE rule covers fewer tables (the INT rules join Header to the
 * tables of the 2022/23 return, not SW_Episodes or DoLo), the workbook's
 * check still reports on the others.
 */
import type { Finding } from './rule-context';
import type { TableName } from './tables';

type Superseded = {
  /** The workbook's rule id. */
  readonly rule: string;
  /** The DfE rules that make the same check (any one in force supersedes it). */
  readonly dfe: readonly string[];
  /** Only on these tables (every table when absent). */
  readonly tables?: readonly TableName[];
};

const LINKED: readonly TableName[] = [
  'Episodes',
  'Reviews',
  'UASC',
  'OC2',
  'OC3',
  'AD1',
  'PlacedAdoption',
  'PrevPerm',
  'Missing',
];

const SUPERSEDED: readonly Superseded[] = [
  { rule: '903.Episodes.DECOM.after-year', dfe: ['354'] },
  { rule: '903.Episodes.DEC.after-year', dfe: ['385'] },
  { rule: '903.Episodes.DEC.before-DECOM', dfe: ['356'] },
  { rule: '903.Episodes.open-episodes', dfe: ['142'] },
  { rule: '903.PlacedAdoption.DATE_PLACED_CEASED.before-DATE_PLACED', dfe: ['522'] },
  { rule: '903.PlacedAdoption.583', dfe: ['583'] },
  { rule: '903.Missing.MIS_END.before-MIS_START', dfe: ['567'] },
  { rule: '903.DoLo.DOLO_END.before-DOLO_START', dfe: ['702'] },
  { rule: '903.OC3.not-provided', dfe: ['344'] },
  { rule: '903.OC3.zero-in-touch', dfe: ['345'] },
  { rule: '903.Header.CHILD.duplicate', dfe: ['INT32'] },
  {
    rule: '903.link.child-not-in-header',
    dfe: ['INT01', 'INT02', 'INT03', 'INT04', 'INT05', 'INT06', 'INT07', 'INT08', 'INT09'],
    tables: LINKED,
  },
  {
    rule: '903.link.dob-mismatch',
    dfe: ['INT11', 'INT12', 'INT13', 'INT14', 'INT15', 'INT16', 'INT17', 'INT18'],
    tables: LINKED,
  },
  { rule: '903.link.sex-mismatch', dfe: ['INT21'] },
];

/** The findings without those of the workbook's checks a DfE rule in force (`inForce` codes) makes. */
export function withoutSuperseded(
  findings: readonly Finding[],
  inForce: ReadonlySet<string>,
): Finding[] {
  const dropped = new Map<string, Superseded>();
  for (const entry of SUPERSEDED) {
    if (entry.dfe.some((code) => inForce.has(code))) dropped.set(entry.rule, entry);
  }
  if (dropped.size === 0) return [...findings];
  return findings.filter((finding) => {
    const entry = dropped.get(finding.problem.rule);
    if (entry === undefined) return true;
    return entry.tables !== undefined && !entry.tables.includes(finding.source.table);
  });
}
