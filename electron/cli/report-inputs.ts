import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { TeamMember, Workbook } from '../../shared/domain';
import {
  reportConflictsSchema,
  reportIndicatorsSchema,
  type ReportConflicts,
  type ReportIndicators,
} from '../../shared/reports';
import { CliError } from './errors';

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

async function readChecked<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await readJson(file));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.map(String).join('.') ?? '';
  throw new CliError(
    `${file}: ${where === '' ? '' : `field "${where}": `}${issue?.message ?? 'invalid'}.`,
  );
}

function checkSource(file: string, workbook: Workbook, source: string): void {
  if (source === 'council' || workbook.providers.some((p) => p.id === source)) return;
  throw new CliError(
    `${file}: "${source}" is neither "council" nor a delegated provider of this workbook (see \`workbook provider list\`).`,
  );
}

/** Reads and checks an indicators file (shared/reports/inputs.ts) against the workbook's sources. */
export async function readIndicators(file: string, workbook: Workbook): Promise<ReportIndicators> {
  const indicators = await readChecked(file, reportIndicatorsSchema);
  for (const indicator of indicators.indicators) {
    for (const value of indicator.values) checkSource(file, workbook, value.source);
  }
  return indicators;
}

/** Reads and checks a conflicts file (shared/reports/inputs.ts) against the workbook's providers. */
export async function readConflicts(file: string, workbook: Workbook): Promise<ReportConflicts> {
  const conflicts = await readChecked(file, reportConflictsSchema);
  for (const flag of conflicts.flags) checkSource(file, workbook, flag.provider);
  return conflicts;
}

/**
 * Who may sign (issue #7, "Sealing"): a self-assessment only a council officer
 * on the team (never as an inspector); every other report only the lead
 * inspector. Returns the signer's role.
 */
export function signerRole(
  file: string,
  workbook: Workbook,
  author: string,
): Extract<TeamMember['role'], 'lead' | 'council-officer'> {
  const team = workbook.inspection.team;
  const wanted: 'lead' | 'council-officer' =
    workbook.inspection.kind === 'self-assessment' ? 'council-officer' : 'lead';
  const allowed = team.filter((m) => m.role === wanted).map((m) => m.name);
  if (allowed.includes(author)) return wanted;
  const who = allowed.length === 0 ? 'none is on the team' : allowed.join(', ');
  throw new CliError(
    wanted === 'lead'
      ? `${file}: only the lead inspector may sign this report (lead: ${who}); you are acting as "${author}" (pass --as NAME).`
      : `${file}: only a council officer on the team may sign a self-assessment (council officers: ${who}); you are acting as "${author}" (pass --as NAME).`,
  );
}
