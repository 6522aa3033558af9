import {
  evidenceFindings,
  isCalendarDate,
  type ChecklistItem,
  type EvidenceFinding,
  type FrameworkArea,
} from '../../../../shared/domain';
import { futureEvidenceDate, type AddEvidenceInput } from '../../../../shared/tasks/evidence';
import { readDate } from '../../components/govuk/date-parts';
import type { EvidenceDraft } from './evidence-draft';

/** The capture form's fields, in the order the form (and so the error summary) shows them. */
export const captureFields = ['source', 'areas', 'finding', 'text', 'relatesTo'] as const;

/** One field of the capture form that can be wrong (kind is always one of the list; child ids are free text). */
export type CaptureField = (typeof captureFields)[number];

/** An error message per field that has one. */
export type CaptureErrors = Partial<Record<CaptureField, string>>;

/** What the checks found: the command's input, or the errors to show. */
export type CaptureCheck =
  | { readonly ok: true; readonly input: AddEvidenceInput }
  | { readonly ok: false; readonly errors: CaptureErrors };

/**
 * The criteria an inspector may tick for the chosen areas. The `note` group is
 * guidance about the judgement itself, not a criterion to tick against
 * evidence (shared/domain/checklists/types.ts).
 */
export function criteriaFor(
  areas: readonly FrameworkArea[],
  chosen: readonly string[],
): { readonly area: FrameworkArea; readonly items: readonly ChecklistItem[] }[] {
  return areas
    .filter((area) => chosen.includes(area.id))
    .map((area) => ({ area, items: area.checklist.filter((item) => item.group !== 'note') }))
    .filter(({ items }) => items.length > 0);
}

/** Child ids typed as a list: separated by commas, semicolons or white space, each kept once. */
export function splitChildIds(typed: string): string[] {
  return [...new Set(typed.split(/[\s,;]+/).filter((id) => id !== ''))];
}

function findingOf(value: string): EvidenceFinding | undefined {
  return evidenceFindings.find((finding) => finding === value);
}

/**
 * Checks a draft as the GOV.UK error-message guidance asks: one specific
 * message per field, saying what to do
 * (https://design-system.service.gov.uk/components/error-message/). Ticked
 * criteria of areas no longer chosen are dropped rather than reported.
 */
export function checkDraft(
  draft: EvidenceDraft,
  context: {
    readonly sources: readonly string[];
    readonly areas: readonly FrameworkArea[];
    readonly today: string;
  },
): CaptureCheck {
  const errors: CaptureErrors = {};
  if (!context.sources.includes(draft.source))
    errors.source = 'Select who the evidence is about: the council or a delegated provider';
  const areas = draft.areas.filter((id) => context.areas.some((area) => area.id === id));
  if (areas.length === 0) errors.areas = 'Select at least one judgement area';
  const finding = findingOf(draft.finding);
  if (finding === undefined)
    errors.finding =
      'Select whether the evidence shows a strength, an area for improvement or a serious concern';
  if (draft.text.trim() === '') errors.text = 'Enter what the evidence shows';
  // The GOV.UK date pattern's reading and messages (https://design-system.service.gov.uk/patterns/dates/).
  const date = readDate(draft.relatesTo, 'the date the evidence relates to');
  const relatesTo = date.ok && isCalendarDate(date.iso) ? date.iso : '';
  const future = futureEvidenceDate(relatesTo, context.today);
  if (!date.ok) errors.relatesTo = date.message;
  else if (future !== undefined) errors.relatesTo = future;
  if (finding === undefined || Object.keys(errors).length > 0) return { ok: false, errors };
  const allowed = new Set(
    criteriaFor(context.areas, areas).flatMap(({ items }) => items.map((item) => item.id)),
  );
  return {
    ok: true,
    input: {
      source: draft.source,
      kind: draft.kind,
      areas,
      finding,
      text: draft.text.trim(),
      checklistItems: draft.checklistItems.filter((id) => allowed.has(id)),
      childIds: splitChildIds(draft.childIds),
      relatesTo,
    },
  };
}
