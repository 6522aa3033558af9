import type { HistoryEntry, JsonValue } from '../../../../shared/bundle';
import { gradeLabel, grades } from '../../../../shared/domain';

/** One line of an area's change history, in words. */
export type HistoryLine = {
  readonly key: string;
  readonly at: string;
  readonly who: string;
  readonly what: string;
  readonly before: string;
  readonly after: string;
};

const fieldNames: Readonly<Record<string, string>> = {
  grade: 'Grade',
  rationale: 'Rationale',
  evidenceIds: 'Evidence',
  preparedBy: 'Prepared by',
  moderatedBy: 'Moderated by',
  area: 'Judgement area',
  order: 'Place in the section',
  text: 'Text',
  actionTaken: 'Action taken during the inspection',
};

function words(
  field: string,
  value: JsonValue | undefined,
  areaName: (area: string) => string,
): string {
  if (value === undefined || value === null || value === '') return '(none)';
  if (field === 'area' && typeof value === 'string') return areaName(value);
  if (field === 'grade' && typeof value === 'string') {
    const grade = grades.find((entry) => entry.id === value);
    return grade === undefined ? value : gradeLabel(grade.id);
  }
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The area's history (shared/workbook `areaHistory`) as lines people read:
 * field names instead of codes, grade labels, and "Finding added/removed"
 * for the `$deleted` markers. A finding is named by its first words.
 */
export function historyLines(
  entries: readonly HistoryEntry[],
  areaName: (area: string) => string,
): HistoryLine[] {
  const firstText = new Map<string, string>();
  for (const entry of entries) {
    if (entry.entity === 'finding' && entry.field === 'text' && !firstText.has(entry.id)) {
      firstText.set(entry.id, typeof entry.after === 'string' ? entry.after : '');
    }
  }
  return entries.map((entry) => {
    const finding = entry.entity === 'finding';
    const subject = finding
      ? `Finding “${(firstText.get(entry.id) ?? entry.id).slice(0, 60)}${(firstText.get(entry.id) ?? '').length > 60 ? '…' : ''}”`
      : 'Grade';
    const before = entry.before.kind === 'value' ? entry.before.value : undefined;
    if (entry.field === '$deleted') {
      const removed = entry.after === true;
      return {
        key: entry.opId,
        at: entry.at,
        who: entry.author,
        what: `${subject} ${removed ? 'removed' : entry.before.kind === 'first-write' ? 'added' : 'restored'}`,
        before: '',
        after: '',
      };
    }
    return {
      key: entry.opId,
      at: entry.at,
      who: entry.author,
      what: `${subject}: ${fieldNames[entry.field] ?? entry.field}`,
      before: entry.before.kind === 'first-write' ? '(none)' : words(entry.field, before, areaName),
      after: words(entry.field, entry.after, areaName),
    };
  });
}
