import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { Workbook } from '../../shared/domain';
import { whoMaySign, type SignerRole } from '../../shared/tasks/who-signs';
import {
  reportConflictsSchema,
  reportIndicatorsSchema,
  type ReportConflicts,
  type ReportIndicators,
} from '../../shared/reports';
import { reportConflictsFrom, reportIndicatorsFrom } from '../../shared/workbook/report-inputs';
import { CliError } from './errors';
import { jsonOutputSchemas } from './json-schemas';
import { firstIssue } from '../../shared/util/zod-issues';

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error: unknown) {
    throw new CliError(
      `${file}: cannot be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    throw new CliError(`${file}: is not valid JSON.`);
  }
}

function checked<T>(file: string, json: unknown, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const { field, message } = firstIssue(parsed.error);
  throw new CliError(`${file}: ${field === '' ? '' : `field "${field}": `}${message}.`);
}

function checkSource(file: string, workbook: Workbook, source: string): void {
  if (source === 'council' || workbook.providers.some((p) => p.id === source)) return;
  throw new CliError(
    `${file}: "${source}" is neither "council" nor a delegated provider of this workbook (see \`workbook provider list\`).`,
  );
}

function hasKey(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && key in value;
}

/**
 * Reads and checks an indicators file against the workbook's sources: either
 * the report's own input shape (shared/reports/inputs.ts) or what
 * `workbook indicators --json` printed (told apart by its `asAt`), so one
 * command's output feeds the other.
 */
export async function readIndicators(file: string, workbook: Workbook): Promise<ReportIndicators> {
  const json = await readJson(file);
  const indicators = hasKey(json, 'asAt')
    ? reportIndicatorsFrom(checked(file, json, jsonOutputSchemas.indicators), workbook)
    : checked(file, json, reportIndicatorsSchema);
  if (indicators === undefined) {
    throw new CliError(`${file}: no indicator has a value, so there is nothing to report.`);
  }
  for (const indicator of indicators.indicators) {
    for (const value of indicator.values) checkSource(file, workbook, value.source);
  }
  return indicators;
}

/**
 * Reads and checks a conflicts file against the workbook's providers: the
 * report's input shape, or what `workbook conflicts --json` printed (told
 * apart by its `conflicts` list).
 */
export async function readConflicts(
  file: string,
  workbook: Workbook,
  today: string,
): Promise<ReportConflicts> {
  const json = await readJson(file);
  const conflicts = hasKey(json, 'conflicts')
    ? fromConflictsOutput(checked(file, json, jsonOutputSchemas.conflicts), today)
    : checked(file, json, reportConflictsSchema);
  for (const flag of conflicts.flags) checkSource(file, workbook, flag.provider);
  return conflicts;
}

function fromConflictsOutput(
  report: z.output<typeof jsonOutputSchemas.conflicts>,
  today: string,
): ReportConflicts {
  return reportConflictsFrom(report, report.asOf ?? today);
}

/**
 * Who may sign, by the shared rule (shared/tasks `whoMaySign`): the name
 * given with --as against the workbook's team. Returns the signer's role.
 */
export function signerRole(file: string, workbook: Workbook, author: string): SignerRole {
  const decided = whoMaySign(workbook, author);
  if (decided.ok) return decided.data;
  throw new CliError(
    `${file}: ${decided.error.message} Only they may sign it; once the lead signs the team roster (\`workbook team sign\`), their identity's key proves who signs.`,
  );
}
