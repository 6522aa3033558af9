/**
 * The readers' part of the damaged-and-hostile corpus: SSDA903 CSV tables and
 * XML returns, Annex A and Ofsted provider workbooks, Companies House files
 * and zips. Each case writes its file into a scratch folder and imports it
 * into a copy of a good workbook.
 */
import type { CorpusCase } from './case';
import { csvCases, xmlCases } from './readers-903';
import { companiesHouseCases } from './readers-ch';
import { xlsxCases } from './readers-xlsx';

export const readerCases: CorpusCase[] = [
  ...csvCases,
  ...xmlCases,
  ...xlsxCases,
  ...companiesHouseCases,
];
