import type { Finding, Workbook } from '../domain';
import { ok, type Result } from '../util/result';
import {
  checked,
  currentWorkbook,
  present,
  refuse,
  type CommandContext,
  type CommandOutcome,
} from './context';
import { entityTypes } from './entities';

/**
 * What `workbook finding edit` asks for: the finding's id and the fields to
 * set. A field left out keeps its value; `actionTaken: null` clears the note
 * of action taken during the inspection.
 */
export type EditFindingInput = {
  readonly id: string;
  readonly text?: string;
  readonly evidenceIds?: readonly string[];
  readonly actionTaken?: string | null;
};

/** The finding with this id, or a refusal naming what to do. */
export function findingById(workbook: Workbook, id: string): Result<Finding> {
  const finding = workbook.findings.find((entry) => entry.id === id);
  if (finding !== undefined) return ok(finding);
  return refuse(
    'finding.unknown',
    `There is no finding "${id}" in this workbook; check the id in the list of findings.`,
  );
}

/** Refuses evidence ids the workbook does not hold, naming them. */
export function knownEvidence(workbook: Workbook, ids: readonly string[]): Result<string[]> {
  const known = new Set(workbook.evidence.map((item) => item.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    return refuse(
      'finding.unknown-evidence',
      `No evidence ${unknown.map((id) => `"${id}"`).join(', ')} in this workbook; link only recorded evidence.`,
    );
  }
  return ok([...new Set(ids)]);
}

function blank(text: string | undefined): boolean {
  return text !== undefined && text.trim() === '';
}

/**
 * Changes a finding's text, evidence or note of action taken. Only the fields
 * whose value changes are recorded (one op each), so an unchanged save writes
 * nothing and cannot overturn a colleague's concurrent edit of another field.
 */
export function editFinding(
  context: CommandContext,
  input: EditFindingInput,
): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const finding = findingById(workbook.data, input.id);
  if (!finding.ok) return finding;
  if (blank(input.text)) {
    return refuse('finding.blank', 'A finding needs its text: write the paragraph.');
  }
  const evidence =
    input.evidenceIds === undefined
      ? ok(undefined)
      : knownEvidence(workbook.data, input.evidenceIds);
  if (!evidence.ok) return evidence;
  const action =
    input.actionTaken === undefined || input.actionTaken === null
      ? input.actionTaken
      : input.actionTaken.trim() === ''
        ? null
        : input.actionTaken.trim();
  const fields: Record<string, unknown> = {
    ...(input.text === undefined ? {} : { text: input.text.trim() }),
    ...(evidence.data === undefined ? {} : { evidenceIds: evidence.data }),
    // Clearing a note that was never written changes nothing.
    ...(action === undefined || (action === null && finding.data.actionTaken === undefined)
      ? {}
      : { actionTaken: action }),
  };
  const operations = present(
    Object.entries(fields).map(([field, value]) =>
      context.recorder.change({ entity: entityTypes.finding, id: input.id, field, value }),
    ),
  );
  return checked(context, input.id, operations);
}

/**
 * Removes a finding from the report. The log records the deletion, so the
 * finding and who removed it stay in the area's change history. The area's
 * remaining paragraphs are renumbered 1..n so the report has no gap.
 */
export function removeFinding(context: CommandContext, id: string): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const finding = findingById(workbook.data, id);
  if (!finding.ok) return finding;
  const removal = context.recorder.remove(entityTypes.finding, id);
  const rest = areaFindings(workbook.data, finding.data.area).filter((entry) => entry.id !== id);
  return checked(context, id, [...present([removal]), ...renumber(context, rest)]);
}

/** Which way `moveFinding` moves a paragraph within its area. */
export type MoveDirection = 'up' | 'down';

/**
 * Moves a finding one place up or down within its area's section and
 * renumbers the section's `order`s 1..n (only those that change are recorded).
 */
export function moveFinding(
  context: CommandContext,
  id: string,
  direction: MoveDirection,
): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const finding = findingById(workbook.data, id);
  if (!finding.ok) return finding;
  const list = areaFindings(workbook.data, finding.data.area);
  const at = list.findIndex((entry) => entry.id === id);
  const to = direction === 'up' ? at - 1 : at + 1;
  const other = list[to];
  if (other === undefined) {
    return refuse(
      'finding.cannot-move',
      `Finding "${id}" is already the ${direction === 'up' ? 'first' : 'last'} in its section, so it cannot move ${direction}.`,
    );
  }
  const moved = [...list];
  moved[to] = finding.data;
  moved[at] = other;
  return checked(context, id, renumber(context, moved));
}

/** An area's findings in report order (`order`, then id, as `reportSections` sorts them). */
export function areaFindings(workbook: Workbook, area: string): Finding[] {
  return workbook.findings
    .filter((entry) => entry.area === area)
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function renumber(context: CommandContext, findings: readonly Finding[]) {
  return present(
    findings.map((entry, index) =>
      entry.order === index + 1
        ? null
        : context.recorder.change({
            entity: entityTypes.finding,
            id: entry.id,
            field: 'order',
            value: index + 1,
          }),
    ),
  );
}
