import {
  frameworkById,
  type Evidence,
  type EvidenceFinding,
  type EvidenceKind,
  type FrameworkArea,
  type Workbook,
} from '../domain';
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

/** What `workbook evidence add` asks for. */
export type AddEvidenceInput = {
  /** `council`, or a delegated provider's id. */
  readonly source: string;
  readonly areas: readonly string[];
  readonly finding: EvidenceFinding;
  readonly text: string;
  readonly kind: EvidenceKind;
  readonly checklistItems?: readonly string[];
  readonly childIds?: readonly string[];
  /** The date the evidence relates to; defaults to the day it is recorded. */
  readonly relatesTo?: string;
};

/**
 * What `workbook evidence edit` asks for: the item's id and the fields to set.
 * A field left out keeps its value.
 */
export type EditEvidenceInput = { readonly id: string } & Partial<AddEvidenceInput>;

/** What `workbook evidence withdraw` asks for. */
export type WithdrawEvidenceInput = { readonly id: string; readonly reason: string };

/** The source must be the council or a registered delegated provider. */
function knownSource(workbook: Workbook, source: string): Result<string> {
  const providers = workbook.providers;
  if (source === 'council' || providers.some((p) => p.id === source)) return ok(source);
  const known = providers.map((p) => `${p.id} (${p.name})`).join(', ') || 'none yet';
  return refuse(
    'evidence.unknown-source',
    `Evidence source "${source}" is neither "council" nor a delegated provider's id. Providers: ${known}.`,
  );
}

/**
 * What is wrong with a date evidence relates to, if anything: evidence is a
 * record of what was seen, so it cannot relate to a day still to come. The
 * message is worded for a form field, as the GOV.UK error-message guidance
 * asks (https://design-system.service.gov.uk/components/error-message/), and
 * the app's form and the command both show it.
 */
export function futureEvidenceDate(relatesTo: string, today: string): string | undefined {
  return relatesTo > today
    ? 'The date the evidence relates to must be today or in the past'
    : undefined;
}

/**
 * The judgement areas evidence may be linked to in this inspection: its
 * framework's judgements and, for a council's self-assessment, overall
 * effectiveness where Ofsted no longer grades it (shared/domain
 * `gradableAreas`). Ofsted's 2026 framework has no overall judgement and
 * the 2018 one judges children in care and care leavers together
 * (https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018).
 */
export function evidenceAreas(workbook: Workbook): readonly FrameworkArea[] {
  const framework = frameworkById(workbook.inspection.framework);
  return workbook.inspection.kind === 'self-assessment'
    ? [...framework.areas, ...framework.selfAssessmentOnly]
    : framework.areas;
}

/** Refuses areas this inspection has no judgement for, naming the areas it has. */
function knownAreas(workbook: Workbook, areas: readonly string[]): Result<readonly string[]> {
  const allowed = evidenceAreas(workbook);
  const unknown = areas.filter((id) => !allowed.some((area) => area.id === id));
  if (unknown.length === 0) return ok(areas);
  return refuse(
    'evidence.unknown-area',
    `This inspection (${workbook.inspection.framework}, ${workbook.inspection.kind}) has no judgement area ${unknown.map((id) => `"${id}"`).join(', ')}; link the evidence to ${allowed.map((area) => area.id).join(', ')}.`,
  );
}

/**
 * The rules an item's areas and date must meet, for a new item and for a
 * change alike; "today" is the command's own clock, so the command and the
 * app judge the same date the same way.
 */
function checkAreasAndDate(
  context: CommandContext,
  workbook: Workbook,
  input: { readonly areas?: readonly string[]; readonly relatesTo?: string },
): Result<true> {
  if (input.areas !== undefined) {
    const areas = knownAreas(workbook, input.areas);
    if (!areas.ok) return areas;
  }
  if (input.relatesTo !== undefined) {
    const future = futureEvidenceDate(input.relatesTo, context.now().slice(0, 10));
    if (future !== undefined) {
      return refuse('evidence.future-date', `${future}: ${input.relatesTo} is after today.`);
    }
  }
  return ok(true);
}

/** The item with this id, or a refusal naming the ids there are. */
function evidenceItem(workbook: Workbook, id: string): Result<Evidence> {
  const item = workbook.evidence.find((e) => e.id === id);
  if (item !== undefined) return ok(item);
  const known = workbook.evidence.map((e) => e.id);
  const listed = known.length > 10 ? `${known.slice(0, 10).join(', ')}, …` : known.join(', ');
  return refuse(
    'evidence.unknown',
    `There is no evidence item "${id}" in this workbook${known.length === 0 ? '' : `; items: ${listed}`}.`,
  );
}

/**
 * The current workbook, if it holds the item `id` and the item is not
 * withdrawn; `withdrawnRefusal` says why a withdrawn item is refused.
 */
function liveItem(
  context: CommandContext,
  id: string,
  withdrawnRefusal: (withdrawn: NonNullable<Evidence['withdrawn']>) => Result<never>,
): Result<Workbook> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const item = evidenceItem(workbook.data, id);
  if (!item.ok) return item;
  return item.data.withdrawn === undefined ? workbook : withdrawnRefusal(item.data.withdrawn);
}

/** Records one evidence item, attributed to the council or to one delegated provider. */
export function addEvidence(
  context: CommandContext,
  input: AddEvidenceInput,
): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const source = knownSource(workbook.data, input.source);
  if (!source.ok) return source;
  const rules = checkAreasAndDate(context, workbook.data, input);
  if (!rules.ok) return rules;
  const now = context.now();
  const id = context.newId('ev');
  const operations = context.recorder.create(entityTypes.evidence, id, {
    source: input.source,
    kind: input.kind,
    areas: [...new Set(input.areas)],
    checklistItems: [...new Set(input.checklistItems ?? [])],
    finding: input.finding,
    text: input.text,
    relatesTo: input.relatesTo ?? now.slice(0, 10),
    recordedAt: now,
    author: context.author,
    childIds: [...new Set(input.childIds ?? [])],
    attachments: [],
  });
  return checked(context, id, operations);
}

/**
 * Changes an evidence item. Only the fields whose value actually changes are
 * recorded (one op each), so saving an unchanged form writes nothing and
 * cannot overturn a colleague's concurrent edit of another field. Checked as
 * {@link addEvidence} is: an unknown source, no areas, a blank note or a
 * criterion outside the item's areas is refused and nothing is written.
 * A withdrawn item is not changed: it stays as it was when withdrawn.
 */
export function editEvidence(
  context: CommandContext,
  input: EditEvidenceInput,
): Result<CommandOutcome> {
  const found = liveItem(context, input.id, (withdrawn) =>
    refuse(
      'evidence.withdrawn',
      `Evidence item "${input.id}" was withdrawn by ${withdrawn.by}; a withdrawn item cannot be changed.`,
    ),
  );
  if (!found.ok) return found;
  if (input.source !== undefined) {
    const source = knownSource(found.data, input.source);
    if (!source.ok) return source;
  }
  const rules = checkAreasAndDate(context, found.data, input);
  if (!rules.ok) return rules;
  const fields: Record<string, unknown> = {
    ...(input.source === undefined ? {} : { source: input.source }),
    ...(input.kind === undefined ? {} : { kind: input.kind }),
    ...(input.areas === undefined ? {} : { areas: [...new Set(input.areas)] }),
    ...(input.checklistItems === undefined
      ? {}
      : { checklistItems: [...new Set(input.checklistItems)] }),
    ...(input.finding === undefined ? {} : { finding: input.finding }),
    ...(input.text === undefined ? {} : { text: input.text }),
    ...(input.relatesTo === undefined ? {} : { relatesTo: input.relatesTo }),
    ...(input.childIds === undefined ? {} : { childIds: [...new Set(input.childIds)] }),
  };
  const operations = present(
    Object.entries(fields).map(([field, value]) =>
      context.recorder.change({ entity: entityTypes.evidence, id: input.id, field, value }),
    ),
  );
  return checked(context, input.id, operations);
}

/**
 * Withdraws an evidence item: it is kept (in the log and in lists, marked
 * withdrawn, with who, when and why) but no longer counts towards criteria,
 * contributions or the evidence a report rests on (shared/domain
 * `countedEvidence`). A reason is required, as for any change to the record
 * an inspector relied on; withdrawing twice is refused.
 */
export function withdrawEvidence(
  context: CommandContext,
  input: WithdrawEvidenceInput,
): Result<CommandOutcome> {
  const found = liveItem(context, input.id, (withdrawn) =>
    refuse(
      'evidence.already-withdrawn',
      `Evidence item "${input.id}" was already withdrawn by ${withdrawn.by} on ${withdrawn.at.slice(0, 10)}.`,
    ),
  );
  if (!found.ok) return found;
  const reason = input.reason.trim();
  if (reason === '') {
    return refuse('evidence.no-reason', 'Give a reason for withdrawing the evidence item.');
  }
  const op = context.recorder.change({
    entity: entityTypes.evidence,
    id: input.id,
    field: 'withdrawn',
    value: { by: context.author, at: context.now(), reason },
  });
  return checked(context, input.id, present([op]));
}
