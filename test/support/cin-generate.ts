/**
 * A large CIN census for the speed tests: `children` children in need drawn
 * as the demo draws them (shared/demo/records/cin-children.ts), so the
 * census is valid and shaped like a real one. Deterministic per seed.
 */
import { drawCinChild, drawCinPerson } from '../../shared/demo/records/cin-children';
import { seededRandom } from '../../shared/demo/records/random';
import { writeCinXml, type CinCensusInput } from '../../shared/records/cin';

/** The census ending 31 March `census` for LA `la`, of `children` children. */
export function generateCinCensus(
  children: number,
  census = 2026,
  seed = 15,
  la = '201',
): CinCensusInput {
  const random = seededRandom(seed);
  return {
    census,
    la,
    children: Array.from({ length: children }, (_, at) =>
      drawCinChild(random, census, drawCinPerson(random, census, at + 1, la)),
    ),
  };
}

/** The census as the XML bytes a council's system exports. */
export function generateCinXml(children: number, census = 2026, seed = 15): Uint8Array {
  return new TextEncoder().encode(writeCinXml(generateCinCensus(children, census, seed)));
}
