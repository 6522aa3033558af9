import type { AreaId } from '../areas';
import type { Judgement } from '../model/judgement';

/** A note that one person both prepared and moderated a grade. */
export type ModerationNote = {
  readonly rule: 'same-preparer-and-moderator';
  readonly area: AreaId;
  readonly message: string;
};

function samePerson(a: string, b: string): boolean {
  return (
    a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase()
  );
}

/**
 * Notes judgements whose grade was moderated by the person who prepared it
 * (names compared ignoring case and spacing). Review by a second person is the
 * point of moderation; test/fixtures/docs/ilacs.md §2.4 item 5 asks for "a warning when the same
 * person both prepares and reviews".
 */
export function moderationNotes(judgements: readonly Judgement[]): ModerationNote[] {
  return judgements
    .filter(
      (judgement) =>
        judgement.moderatedBy !== undefined &&
        samePerson(judgement.preparedBy, judgement.moderatedBy),
    )
    .map((judgement) => ({
      rule: 'same-preparer-and-moderator',
      area: judgement.area,
      message: `The ${judgement.area} grade was prepared and moderated by the same person (${judgement.preparedBy}).`,
    }));
}
