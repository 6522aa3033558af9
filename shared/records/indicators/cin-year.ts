/**
 * Which census year the CIN indicators count. A census is the year ending
 * on its 31 March reference date (DfE CIN census guide,
 * https://www.gov.uk/government/collections/children-in-need-census),
 * the same April-to-March collection year as the 903's, so a year set by
 * the caller names both. Otherwise the latest census imported is counted,
 * and the notes say when that is not the 903's year.
 */
import type { CinIndex } from './cin-index';

export type CinCensusChoice = {
  /** The census counted (the year of its 31 March); undefined when none can be. */
  readonly census: number | undefined;
  readonly notes: readonly string[];
};

const label = (census: number): string => `${census - 1}/${String(census % 100).padStart(2, '0')}`;

export function cinCensusFor(
  index: CinIndex | undefined,
  year: number | undefined,
  detected903: number | undefined,
): CinCensusChoice {
  const held = index?.censuses ?? [];
  if (year !== undefined) {
    const census = year + 1;
    const notes =
      held.length === 0 || held.includes(census)
        ? []
        : [
            `No CIN census for ${label(census)} was imported (the censuses held are for ${held.map(label).join(', ')}): the CIN indicators count what those censuses record of ${label(census)}.`,
          ];
    return { census, notes };
  }
  const census = held.at(-1);
  if (census === undefined) return { census: undefined, notes: [] };
  const notes: string[] = [];
  if (held.length > 1) {
    notes.push(
      `CIN censuses for ${held.map(label).join(', ')} were imported: the CIN indicators count the latest, ${label(census)}.`,
    );
  }
  if (detected903 !== undefined && detected903 !== census - 1) {
    notes.push(
      `The CIN census indicators are for ${label(census)}, the census year; the 903 indicators are for ${label(detected903 + 1)}.`,
    );
  }
  return { census, notes };
}
