import { evidenceKinds, gradeLabel, grades } from '../../../../shared/domain';
import { reviewLabels } from '../../../../shared/reports/conflicts';
import { findingLabels, formatDate, kindLabels } from '../evidence/labels';

/** What a field of a record is called on screen, as the record's own page names it. */
const fieldNames: Readonly<Record<string, string>> = {
  $deleted: 'Removed',
  grade: 'Grade',
  rationale: 'Rationale',
  evidenceIds: 'Evidence',
  preparedBy: 'Prepared by',
  moderatedBy: 'Moderated by',
  area: 'Judgement area',
  areas: 'Judgement areas',
  order: 'Place in the section',
  text: 'Text',
  actionTaken: 'Action taken during the inspection',
  source: 'Who it is about',
  kind: 'How it was gathered',
  checklistItems: 'Evaluation criteria',
  finding: 'Finding',
  relatesTo: 'Date it relates to',
  childIds: 'Child ids',
  withdrawn: 'Withdrawn',
  status: 'Review',
  reason: 'Reason',
  by: 'Reviewed by',
  name: 'Name',
  tags: 'National framework',
  recipient: 'Public key',
  member: 'Team member',
};

/** A field's name in words; a field this list does not know is shown as recorded. */
export function clashFieldName(field: string): string {
  return fieldNames[field] ?? field;
}

function hasKey<T extends object>(record: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(record, key);
}

/** One value of a clashing edit as a person reads it: labels and dates, not codes. */
export function clashValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (Array.isArray(value)) {
    return value.length === 0 ? '(none)' : value.map((item) => clashValue(field, item)).join(', ');
  }
  if (typeof value === 'string') {
    const grade = grades.find((entry) => entry.id === value);
    if (field === 'grade' && grade !== undefined) return gradeLabel(grade.id);
    const kind = evidenceKinds.find((entry) => entry === value);
    if (field === 'kind' && kind !== undefined) return kindLabels[kind];
    if (field === 'finding' && hasKey(findingLabels, value)) return findingLabels[value];
    if (field === 'status' && hasKey(reviewLabels, value)) return reviewLabels[value];
    if (field === 'relatesTo') return formatDate(value);
    return value;
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  return JSON.stringify(value);
}
