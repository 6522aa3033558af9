import type { AreaId } from '../areas';
import { isCalendarDate, type IsoDate } from '../dates';
import { ilacs2018 } from './ilacs-2018';
import { ilacs2023 } from './ilacs-2023';
import { ilacs2026 } from './ilacs-2026';
import type { Framework, FrameworkArea, FrameworkId } from './types';

export type { Framework, FrameworkArea, FrameworkId } from './types';
export { frameworkIdSchema, frameworkIds } from './types';
export { ilacs2018, ilacs2023, ilacs2026 };

/** Every framework version, oldest first. */
export const frameworks: readonly Framework[] = [ilacs2018, ilacs2023, ilacs2026];

const frameworksById: Readonly<Record<FrameworkId, Framework>> = {
  'ilacs-2018': ilacs2018,
  'ilacs-2023': ilacs2023,
  'ilacs-2026': ilacs2026,
};

/** The framework with this id. */
export function frameworkById(id: FrameworkId): Framework {
  return frameworksById[id];
}

/**
 * The framework that applies to an inspection whose on-site period starts on
 * `onSiteStart` (`YYYY-MM-DD`). Returns `undefined` for a date that is not a
 * real calendar date, or one before ILACS began in January 2018 (the Single
 * Inspection Framework applied then; Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018).
 */
export function frameworkForDate(onSiteStart: IsoDate): Framework | undefined {
  if (!isCalendarDate(onSiteStart)) return undefined;
  return frameworks.find(
    (framework) =>
      framework.onSiteFrom <= onSiteStart &&
      (framework.onSiteTo === null || onSiteStart <= framework.onSiteTo),
  );
}

/** The area as `framework` grades it, or `undefined` when it does not grade it. */
export function frameworkArea(framework: Framework, area: AreaId): FrameworkArea | undefined {
  return framework.areas.find((entry) => entry.id === area);
}

/**
 * Reads a printed judgement label back to its area id, across every
 * framework and the known variants (test/fixtures/docs/ilacs.md §1.0 "Label variance"). Case and
 * surrounding space are ignored.
 */
export function areaForLabel(label: string): AreaId | undefined {
  const wanted = label.trim().replace(/\s+/g, ' ').toLowerCase();
  for (const framework of frameworks) {
    for (const area of [...framework.areas, ...framework.selfAssessmentOnly]) {
      const labels = [area.label, ...area.aliases].map((text) => text.toLowerCase());
      if (labels.includes(wanted)) return area.id;
    }
  }
  return undefined;
}
