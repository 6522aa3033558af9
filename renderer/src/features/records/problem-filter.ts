import type { RecordProblem, Severity } from '../../../../shared/records/problem';

/** What the problems table is narrowed to; `''` means "any". */
export type ProblemFilter = {
  readonly severity: Severity | '';
  /** A place from {@link placeOf}: the file, or the file and its table or sheet. */
  readonly place: string;
  readonly column: string;
  /** Free text, matched case-insensitively anywhere in the problem. */
  readonly text: string;
};

/** No filter: every problem. */
export const noFilter: ProblemFilter = { severity: '', place: '', column: '', text: '' };

/** Where a problem is, for the "File or table" filter: `episodes.csv`, or `returns.xml: Episodes`. */
export function placeOf(problem: RecordProblem): string {
  return problem.sheet === undefined ? problem.file : `${problem.file}: ${problem.sheet}`;
}

function sorted(values: Set<string>): string[] {
  return [...values].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** The places and columns the problems mention, each once, sorted, for the filters' options. */
export function filterChoices(problems: readonly RecordProblem[]): {
  readonly places: readonly string[];
  readonly columns: readonly string[];
} {
  const places = new Set<string>();
  const columns = new Set<string>();
  for (const problem of problems) {
    places.add(placeOf(problem));
    if (problem.column !== undefined && problem.column !== '') columns.add(problem.column);
  }
  return { places: sorted(places), columns: sorted(columns) };
}

function haystack(problem: RecordProblem): string {
  return [
    problem.file,
    problem.sheet,
    problem.row === undefined ? undefined : `row ${problem.row}`,
    problem.column,
    problem.value,
    problem.message,
    problem.rule,
    problem.severity,
  ]
    .filter((part) => part !== undefined)
    .join('\n')
    .toLowerCase();
}

/**
 * The problems that pass every part of the filter, in their original order.
 * Free text is split on spaces and every word must appear (in any field), so
 * "DECOM 2016" finds the DECOM problems whose value mentions 2016.
 */
export function filterProblems(
  problems: readonly RecordProblem[],
  filter: ProblemFilter,
): readonly RecordProblem[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  if (filter.severity === '' && filter.place === '' && filter.column === '' && words.length === 0)
    return problems;
  return problems.filter((problem) => {
    if (filter.severity !== '' && problem.severity !== filter.severity) return false;
    if (filter.place !== '' && placeOf(problem) !== filter.place) return false;
    if (filter.column !== '' && problem.column !== filter.column) return false;
    if (words.length === 0) return true;
    const text = haystack(problem);
    return words.every((word) => text.includes(word));
  });
}
