/** The CIN census: reading the XML return into tables, and checking it as the DfE does. */
export { readCinXml, MAX_TEXT_LENGTH } from './read-xml';
export { importCin } from './import';
export { looksLikeCinCensus, rootElementName } from './detect';
export { CIN_TABLES, type CinTable } from './tables';
export { CIN_COLUMNS } from './rows';
export { cinYear } from './year';
export type { CinResult, CinRow, CinTables, CinYear } from './types';
export {
  writeCinXml,
  type CinCensusInput,
  type CinChildInput,
  type CinEpisodeInput,
} from './write-xml';
