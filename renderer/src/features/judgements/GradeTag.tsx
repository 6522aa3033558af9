import type { GradeId } from '../../../../shared/domain';
import { gradeTag } from './grade-tag';

/** A grade as a GOV.UK tag. */
export function GradeTag({ grade }: { readonly grade: GradeId | null }) {
  const tag = gradeTag(grade);
  return <strong className={tag.className}>{tag.text}</strong>;
}
