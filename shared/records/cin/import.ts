/**
 * One call for a CIN census file: read it (refusing what cannot be read),
 * check it against its year's schema, then run the DfE rules in force for
 * its census year. Rows with problems are kept and marked.
 */
import { dropCoveredProblems } from './covered';
import { runCinRules } from './dfe/run';
import { readCinXml } from './read-xml';
import type { CinResult } from './types';

export function importCin(file: string, input: Uint8Array | string): CinResult {
  const result = readCinXml(file, input);
  if (result.year !== undefined) {
    // The schema checks a DfE rule in force makes itself are left to it: one bad cell, one problem.
    dropCoveredProblems(result, result.year);
    runCinRules(file, result.tables, result.year, result.problems);
  }
  return result;
}
