/** Small readings of census values that many rules share. */
import { civilOf } from '../dates';
import type { CinRow } from '../types';
import type { ChildRecord, Episode } from './model';
import type {
  CinCoveredCheck,
  CinEpisodeCheck,
  CinEpisodeItems,
  CinRule,
  CinRuleInput,
} from './rule';

/** A cell's text, trimmed (`''` when blank). */
export function v(row: CinRow | undefined, column: string): string {
  return row?.values[column] ?? '';
}

/** The census's yes/no: `1` (or `true`, which exports often write) is yes. */
export function isYes(text: string): boolean {
  // Only a four-letter text can be `true` in any case (no other letter lower-cases to t, r, u or e).
  return text === '1' || (text.length === 4 && text.toLowerCase() === 'true');
}

/** A referral with no further action (ReferralNFA yes). */
export function isNfa(episode: Episode): boolean {
  return isYes(v(episode.row, 'ReferralNFA'));
}

/** Every episode of every child, with its child: listed once per input, as most rules walk them. */
export function episodesOf(input: CinRuleInput): readonly (readonly [ChildRecord, Episode])[] {
  return input.episodes;
}

/** Each child's episodes paired with the child, in order. */
export function episodePairs(
  children: readonly ChildRecord[],
): readonly (readonly [ChildRecord, Episode])[] {
  const pairs: (readonly [ChildRecord, Episode])[] = [];
  for (const child of children) for (const episode of child.episodes) pairs.push([child, episode]);
  return pairs;
}

const NOTHING: readonly never[] = Object.freeze([]);

/**
 * The lists `pick` gives for each of the child's episodes, in order, as one
 * list. Most children have one episode: its own list is given, not a copy
 * (the rules only read it), so a check of a child makes no array.
 */
export function acrossEpisodes<T>(
  child: ChildRecord,
  pick: (episode: Episode) => readonly T[],
): readonly T[] {
  const { episodes } = child;
  if (episodes.length === 0) return NOTHING;
  const [first] = episodes;
  if (episodes.length === 1 && first !== undefined) return pick(first);
  const all: T[] = [];
  for (const episode of episodes) for (const item of pick(episode)) all.push(item);
  return all;
}

/**
 * A rule that checks each episode on its own (its items of one kind): its
 * `check` visits every episode in order; the runner may visit them itself.
 */
export function episodeRule(
  code: string,
  items: CinEpisodeItems,
  visit: CinEpisodeCheck['visit'],
): CinRule {
  return {
    code,
    each: { items, visit },
    check: (input, flag) => {
      for (const [child, episode] of input.episodes) visit(input, child, episode, flag);
    },
  };
}

/** Within the census year (start to reference date, inclusive). */
export function inYear(input: CinRuleInput, day: number): boolean {
  return day >= input.start && day <= input.end;
}

/** Whether the child is unborn: an expected date of birth and no date of birth. */
export function isUnborn(child: ChildRecord): boolean {
  return v(child.row, 'PersonBirthDate') === '' && v(child.row, 'ExpectedPersonBirthDate') !== '';
}

/** Whole years from `birth` to `on` (day numbers). */
export function ageOn(birth: number, on: number): number {
  const b = civilOf(birth);
  const d = civilOf(on);
  let age = d.year - b.year;
  if (d.month < b.month || (d.month === b.month && d.day < b.day)) age -= 1;
  return age;
}

/** Saturday or Sunday. */
export function isWeekend(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/** Pairs of date ranges (start, end; end undefined = still open) that overlap, each pair once. */
export function overlapping<T>(
  items: readonly T[],
  range: (item: T) => { start: number | undefined; end: number | undefined },
): readonly T[] {
  // One item overlaps nothing.
  if (items.length < 2) return NOTHING;
  const ranged = items
    .map((item) => ({ item, ...range(item) }))
    .filter(
      (entry): entry is { item: T; start: number; end: number | undefined } =>
        entry.start !== undefined,
    )
    .sort((a, b) => a.start - b.start);
  const flagged: T[] = [];
  for (let at = 1; at < ranged.length; at += 1) {
    const current = ranged[at];
    if (current === undefined) continue;
    for (let before = 0; before < at; before += 1) {
      const earlier = ranged[before];
      if (earlier === undefined) continue;
      if (earlier.end === undefined || current.start < earlier.end) {
        flagged.push(current.item);
        break;
      }
    }
  }
  return flagged;
}

/** `rule`, declaring the reader's schema checks it makes itself (rule.ts `covers`). */
export function covering(rule: CinRule, covers: readonly CinCoveredCheck[]): CinRule {
  return { ...rule, covers };
}
