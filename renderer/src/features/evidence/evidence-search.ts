import type { Evidence } from '../../../../shared/domain';

/** The list's filters; an empty string means "any". */
export type EvidenceFilter = {
  readonly area: string;
  readonly source: string;
  readonly kind: string;
  readonly finding: string;
  readonly author: string;
  /** Free text: every word must occur in the id, the text, a child id or the author; an item's exact id finds that item alone. */
  readonly query: string;
};

/** No filter: every item matches. */
export const anyEvidence: EvidenceFilter = {
  area: '',
  source: '',
  kind: '',
  finding: '',
  author: '',
  query: '',
};

/** One item with its text folded for search, computed once per change of the list. */
export type IndexedEvidence = { readonly evidence: Evidence; readonly folded: string };

/**
 * Folds text for matching: lower case, accents removed (é → e, by Unicode
 * decomposition), and curly quotes and dashes made plain, so "childrens",
 * "children’s" and "CHILDREN'S" all meet.
 */
export function foldText(text: string): string {
  // Plain ASCII needs only lower-casing, and skipping the rest is ~10 times faster.
  if (!/[^\t\n\r\u0020-\u007E]/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}

/** The words of a search, folded; empty for a blank search. */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter((word) => word !== '');
}

/**
 * A {@link foldText} that remembers what it folded, so re-indexing after one
 * item is added folds only that item: with 10,000 items the list is
 * re-indexed on every save.
 */
export function rememberingFold(): (text: string) => string {
  const folded = new Map<string, string>();
  return (text) => {
    let result = folded.get(text);
    if (result === undefined) {
      result = foldText(text);
      folded.set(text, result);
    }
    return result;
  };
}

/**
 * Indexes the list for searching, newest first (latest `recordedAt`; equal
 * times keep the later-recorded item first), which is the order an inspector
 * reviews what the team has just added.
 */
export function indexEvidence(
  items: readonly Evidence[],
  fold: (text: string) => string = foldText,
): IndexedEvidence[] {
  return items
    .map((evidence, position) => ({ evidence, position }))
    .sort(
      (a, b) =>
        (a.evidence.recordedAt < b.evidence.recordedAt
          ? 1
          : a.evidence.recordedAt > b.evidence.recordedAt
            ? -1
            : 0) || b.position - a.position,
    )
    .map(({ evidence }) => ({
      evidence,
      folded: fold([evidence.id, evidence.text, ...evidence.childIds, evidence.author].join('\n')),
    }));
}

/** The items that pass every filter and contain every word of the search, in index order. */
export function filterEvidence(
  index: readonly IndexedEvidence[],
  filter: EvidenceFilter,
): Evidence[] {
  const words = queryWords(filter.query);
  // An id typed whole (as read in a report: "ev-12") means that item, not every id containing it.
  const exact =
    words.length === 1
      ? index.find(({ evidence }) => foldText(evidence.id) === words[0])
      : undefined;
  const searched = exact === undefined ? index : [exact];
  const found: Evidence[] = [];
  for (const { evidence, folded } of searched) {
    if (filter.source !== '' && evidence.source !== filter.source) continue;
    if (filter.kind !== '' && evidence.kind !== filter.kind) continue;
    if (filter.finding !== '' && evidence.finding !== filter.finding) continue;
    if (filter.author !== '' && evidence.author !== filter.author) continue;
    if (filter.area !== '' && !evidence.areas.some((area) => area === filter.area)) continue;
    if (!words.every((word) => folded.includes(word))) continue;
    found.push(evidence);
  }
  return found;
}

/** The people who recorded evidence, each once, in alphabetical order (for the author filter). */
export function authorsOf(items: readonly Evidence[]): string[] {
  return [...new Set(items.map((item) => item.author))].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** True when any filter or search is set. */
export function isFiltered(filter: EvidenceFilter): boolean {
  return Object.values(filter).some((value) => value.trim() !== '');
}
