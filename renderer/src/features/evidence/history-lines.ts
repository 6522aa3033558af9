import type { HistoryEntry } from '../../../../shared/bundle';
import { checklistItem, evidenceKinds, type EvidenceFinding } from '../../../../shared/domain';
import { findingLabels, formatDate, kindLabels, localToday } from './labels';

/** What each field of an evidence item is called on screen. */
const fieldNames: Readonly<Record<string, string>> = {
  $deleted: 'Recorded',
  source: 'Who it is about',
  kind: 'How it was gathered',
  areas: 'Judgement areas',
  checklistItems: 'Evaluation criteria',
  finding: 'Finding',
  text: 'What the evidence shows',
  relatesTo: 'Date it relates to',
  recordedAt: 'Recorded at',
  author: 'Recorded by',
  childIds: 'Child ids',
  attachments: 'Attachments',
  withdrawn: 'Withdrawn',
};

function isFinding(value: string): value is EvidenceFinding {
  return value in findingLabels;
}

/** A value of a field as a person reads it: labels, not codes. */
function valueText(
  field: string,
  value: unknown,
  labels: { readonly source: (id: string) => string; readonly area: (id: string) => string },
): string {
  if (value === null || value === undefined) return '(none)';
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)';
    const each = (item: unknown) => {
      const text = typeof item === 'string' ? item : JSON.stringify(item);
      if (field === 'areas') return labels.area(text);
      if (field === 'checklistItems') return checklistItem(text)?.text ?? text;
      return text;
    };
    return value.map(each).join('; ');
  }
  if (typeof value === 'string') {
    if (field === 'source') return labels.source(value);
    if (field === 'kind') {
      const kind = evidenceKinds.find((k) => k === value);
      return kind === undefined ? value : kindLabels[kind];
    }
    if (field === 'finding' && isFinding(value)) return findingLabels[value];
    if (field === 'relatesTo') return formatDate(value);
    return value;
  }
  if (field === 'withdrawn' && typeof value === 'object') {
    const reason: unknown = Reflect.get(value, 'reason');
    return `withdrawn: ${typeof reason === 'string' ? reason : ''}`;
  }
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** One line of an item's change history. */
export type HistoryLine = {
  readonly key: string;
  readonly who: string;
  readonly when: string;
  readonly field: string;
  readonly before: string | undefined;
  readonly after: string;
};

/**
 * The changes made to an item after it was recorded, oldest first: its
 * creation (the `$deleted` marker and the first write of each field) shown
 * once as "Recorded", then each change with the value it replaced.
 */
export function historyLines(
  entries: readonly HistoryEntry[],
  labels: { readonly source: (id: string) => string; readonly area: (id: string) => string },
): HistoryLine[] {
  const created = entries.find((entry) => entry.field === '$deleted');
  const lines: HistoryLine[] = [];
  if (created !== undefined) {
    lines.push({
      key: created.opId,
      who: created.author,
      when: created.at,
      field: 'Recorded',
      before: undefined,
      after: 'the item was recorded',
    });
  }
  for (const entry of entries) {
    if (entry.field === '$deleted') continue;
    // The first write of a field set when the item was recorded is part of recording it.
    if (entry.before.kind === 'first-write' && entry.field !== 'withdrawn') continue;
    lines.push({
      key: entry.opId,
      who: entry.author,
      when: entry.at,
      field: fieldNames[entry.field] ?? entry.field,
      before:
        entry.before.kind === 'value'
          ? valueText(entry.field, entry.before.value, labels)
          : undefined,
      after: valueText(entry.field, entry.after, labels),
    });
  }
  return lines;
}

/** A timestamp as GOV.UK writes a date and time: "5 October 2026, 2:30pm". */
export function formatWhen(at: string): string {
  const time = new Date(at);
  if (Number.isNaN(time.getTime())) return at;
  const hours = time.getHours();
  const minutes = String(time.getMinutes()).padStart(2, '0');
  const clock = `${hours % 12 === 0 ? 12 : hours % 12}:${minutes}${hours < 12 ? 'am' : 'pm'}`;
  return `${formatDate(localToday(time))}, ${clock}`;
}
