import { z } from 'zod';
import type { AreaId } from '../areas';
import type { ChecklistItem } from '../checklists/types';
import type { IsoDate } from '../dates';

/** Ids of the ILACS framework versions, oldest first. */
export const frameworkIds = ['ilacs-2018', 'ilacs-2023', 'ilacs-2026'] as const;

/** One ILACS framework version. */
export type FrameworkId = (typeof frameworkIds)[number];

/** Schema for a {@link FrameworkId}. */
export const frameworkIdSchema = z.enum(frameworkIds, {
  error: `expected a framework: ${frameworkIds.join(', ')}`,
});

/** A judgement area as one framework grades and prints it. */
export type FrameworkArea = {
  readonly id: AreaId;
  /** The judgement-table label exactly as published. */
  readonly label: string;
  /** Other printed forms of the label that mean the same judgement. */
  readonly aliases: readonly string[];
  /** What inspectors tick against evidence for this judgement. */
  readonly checklist: readonly ChecklistItem[];
};

/**
 * One version of the inspection framework, as data. A framework applies to
 * inspections whose on-site start falls between `onSiteFrom` and `onSiteTo`
 * (inclusive; `null` means open-ended).
 */
export type Framework = {
  readonly id: FrameworkId;
  readonly name: string;
  readonly onSiteFrom: IsoDate;
  readonly onSiteTo: IsoDate | null;
  /** Whether Ofsted grades (and prints) "Overall effectiveness". */
  readonly gradesOverall: boolean;
  /** The graded judgements in judgement-table order (overall last when graded). */
  readonly areas: readonly FrameworkArea[];
  /**
   * Judgements Ofsted no longer grades that a council self-assessment may
   * still grade as an optional single summary (test/fixtures/docs/ilacs.md §1.1a, overall
   * effectiveness: "Keep it for history and for self-assessments").
   */
  readonly selfAssessmentOnly: readonly FrameworkArea[];
  /** Order of the graded narrative sections in the report (test/fixtures/docs/ilacs.md §1.1b). */
  readonly reportOrder: readonly AreaId[];
  /** Where the facts encoded here come from. */
  readonly sources: readonly string[];
};
