/**
 * Generates a synthetic SSDA903 return (header.csv + episodes.csv text) of any
 * size, for volume tests and timing. Deterministic (seeded). Every value is
 * valid under the 2024 spec, in the 2023/24 collection year, with one open
 * episode per child, except that every `brokenEvery`-th episode has its DEC
 * set one day before its DECOM (validator rule 356), so a test knows exactly
 * how many problems to expect.
 */

const PLACES = ['U1', 'U4', 'K2', 'H5', 'P1', 'R1', 'S1', 'T0', 'Z1', 'A3'];
const PROVIDERS = ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'];
const LEGAL = ['C1', 'C2', 'E1', 'V2', 'J1'];
const NEEDS = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'];
const ETHNIC = ['WBRI', 'WIRI', 'MWBC', 'AIND', 'BAFR', 'CHNE', 'OOTH', 'REFU'];

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dfe(day: number): string {
  const date = new Date(day * 86_400_000);
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** A generated return: the two CSV texts and what was put in them. */
export type GeneratedReturn = {
  readonly header: string;
  readonly episodes: string;
  readonly children: number;
  readonly broken: number;
};

/** Generates `episodes` episode rows (about 2.5 per child). */
export function generate903(episodes: number, brokenEvery = 1000, seed = 903): GeneratedReturn {
  const random = mulberry32(seed);
  const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)] ?? '';
  const yearStart = Date.UTC(2023, 3, 1) / 86_400_000;
  const headerLines = ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB'];
  const episodeLines = [
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
  ];
  let written = 0;
  let broken = 0;
  let children = 0;
  while (written < episodes) {
    children += 1;
    const child = String(100000 + children);
    const dob = dfe(yearStart - 365 * (1 + Math.floor(random() * 16)) - Math.floor(random() * 365));
    headerLines.push(
      `${child},${1 + Math.floor(random() * 2)},${dob},${pick(ETHNIC)},A${String(children).padStart(12, '0')},,`,
    );
    const count = Math.min(1 + Math.floor(random() * 4), episodes - written);
    let start = yearStart + Math.floor(random() * 120);
    for (let index = 0; index < count; index += 1) {
      const last = index === count - 1;
      const end = last ? undefined : start + 1 + Math.floor(random() * 60);
      written += 1;
      const isBroken = written % brokenEvery === 0 && end !== undefined;
      if (isBroken) broken += 1;
      const dec = end === undefined ? '' : dfe(isBroken ? start - 1 : end);
      const rec = end === undefined ? '' : 'X1';
      const reason = end === undefined ? '' : 'CARPL';
      const urn = String(1_000_000 + Math.floor(random() * 8_999_999));
      episodeLines.push(
        `${child},${dfe(start)},${index === 0 ? 'S' : 'P'},${pick(LEGAL)},${pick(NEEDS)},${pick(PLACES)},${pick(PROVIDERS)},${dec},${rec},${reason},AB1 2CD,EF3 4GH,${urn}`,
      );
      start = end ?? start;
    }
  }
  return {
    header: `${headerLines.join('\n')}\n`,
    episodes: `${episodeLines.join('\n')}\n`,
    children,
    broken,
  };
}
