/** The demo's CIN censuses as the XML files each body would export (cin-census.ts). */
import { strToU8 } from 'fflate';
import { writeCinXml } from '../../records/cin/write-xml';
import type { InputFile } from '../../records/read-files';
import { demoCouncil } from '../content';
import { buildDemoCinCensus, type DemoCinCensus } from './cin-census';
import type { Child } from './model';

export type DemoCinFiles = {
  readonly council: InputFile;
  readonly trust: InputFile;
  readonly swp: InputFile;
  /** What was planted, for the tests and the cross-checks. */
  readonly census: Omit<DemoCinCensus, 'council' | 'trust' | 'swp'>;
};

export function demoCinFiles(children: readonly Child[], year: number, seed: number): DemoCinFiles {
  const built = buildDemoCinCensus(children, year, demoCouncil.laCode, seed);
  const file = (prefix: string, census: DemoCinCensus['council']): InputFile => ({
    name: `${prefix}-cin-census-${year + 1}.xml`,
    bytes: strToU8(writeCinXml(census)),
  });
  const { council, trust, swp, ...census } = built;
  return {
    council: file('northmoor', council),
    trust: file('nct', trust),
    swp: file('harbour-lane', swp),
    census,
  };
}
