import {
  formatImprovementTag,
  nationalFrameworkTags,
  type ImprovementTag,
} from '../../../../shared/domain';

/** The radio value for "no tag". */
export const NO_TAG = 'none';

/** A tag as a radio value, e.g. `outcome-3`. */
export function tagValue(tag: ImprovementTag | undefined): string {
  return tag === undefined ? NO_TAG : `${tag.kind}-${tag.number}`;
}

/** The tag a radio value stands for, or `null` for none. */
export function tagOf(value: string): ImprovementTag | null {
  const found = nationalFrameworkTags.find((tag) => tagValue(tag) === value);
  return found === undefined ? null : { kind: found.kind, number: found.number };
}

/**
 * The national framework's outcomes and enablers as radio options, labelled
 * by what they say (DfE, Children's Social Care National Framework), with
 * how the report prints the tag as the hint.
 */
export function tagOptions(): { value: string; label: string; hint?: string }[] {
  return [
    { value: NO_TAG, label: 'No national framework tag' },
    ...nationalFrameworkTags.map((tag) => ({
      value: tagValue(tag),
      label: `${tag.kind === 'outcome' ? 'Outcome' : 'Enabler'} ${tag.number}: ${tag.title}`,
      hint: `Printed as ${formatImprovementTag(tag)}`,
    })),
  ];
}

/** A tag as people read it: its title, or "No tag". */
export function tagLabel(tag: ImprovementTag | undefined): string {
  if (tag === undefined) return 'No national framework tag';
  const found = nationalFrameworkTags.find((t) => t.kind === tag.kind && t.number === tag.number);
  return `${tag.kind === 'outcome' ? 'Outcome' : 'Enabler'} ${tag.number}${found === undefined ? '' : `: ${found.title}`}`;
}
