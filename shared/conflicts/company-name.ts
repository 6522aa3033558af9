/**
 * Company-name keys for linking an Ofsted owner name, a Companies House
 * company and a delegated provider (issue #6; ecosystem.md §13, which picks a
 * hand-written normaliser because the rules are UK-specific).
 *
 * {@link normaliseCompanyName} gives the key that identifies a legal entity:
 * two names with the same key are the same entity, "matched by name". It
 * folds only what never tells two companies apart: case, spacing,
 * punctuation, diacritics, apostrophes ("Parent's" = "Parents"), "&" =
 * "and", a leading or trailing "The", and the spellings of one legal form
 * (Limited = Ltd = Cyfyngedig = Cyf; PLC = Public Limited Company; LLP =
 * Limited Liability Partnership; CIC = Community Interest Company; Co =
 * Company). These follow Companies House's "same as" name rules, which treat
 * such variants as one name (Company, Limited Liability Partnership and
 * Business (Names and Trading Disclosures) Regulations 2015, SI 2015/17,
 * reg. 7 and Sch. 3). A different legal form is a different key:
 * "Brightwater Care Ltd" is not "Brightwater Care CIC".
 *
 * {@link coreCompanyName} also drops the legal form and noise words (group,
 * holdings, UK): two names with the same core but different keys are only a
 * lead, never a match.
 */

/** Phrases (as tokens) and what they fold to; longer phrases first. */
const PHRASES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [
    ['community', 'interest', 'public', 'limited', 'company'],
    ['cic', 'plc'],
  ],
  [['public', 'limited', 'company'], ['plc']],
  [['cwmni', 'cyfyngedig', 'cyhoeddus'], ['plc']],
  [['community', 'interest', 'company'], ['cic']],
  [['cwmni', 'buddiant', 'cymunedol'], ['cic']],
  [['limited', 'liability', 'partnership'], ['llp']],
  [['partneriaeth', 'atebolrwydd', 'cyfyngedig'], ['llp']],
  [['limited', 'partnership'], ['lp']],
];

/** Single tokens folded anywhere in a name. */
const WORDS: Readonly<Record<string, string>> = {
  ltd: 'limited',
  cyfyngedig: 'limited',
  cyf: 'limited',
  co: 'company',
};

/** Welsh abbreviations folded only as the last token, where they cannot be a word of the name. */
const LAST_WORDS: Readonly<Record<string, string>> = { ccc: 'plc', cbc: 'cic', pac: 'llp' };

/** Legal forms and noise words a core name leaves out. */
const NOT_CORE = new Set([
  'limited',
  'plc',
  'llp',
  'lp',
  'cic',
  'company',
  'unlimited',
  'group',
  'holdings',
  'holding',
  'uk',
  'the',
]);

function tokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`\u00b4]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((token) => token !== '');
}

function startsWith(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, offset) => words[at + offset] === word);
}

/** The tokens of a name with every legal-form spelling folded. */
function folded(name: string): string[] {
  const words = tokens(name).map((word) => WORDS[word] ?? word);
  while (words.length > 1 && words[0] === 'the') words.shift();
  while (words.length > 1 && words.at(-1) === 'the') words.pop();
  const out: string[] = [];
  for (let at = 0; at < words.length;) {
    const phrase = PHRASES.find(([from]) => startsWith(words, at, from));
    if (phrase !== undefined) {
      out.push(...phrase[1]);
      at += phrase[0].length;
      continue;
    }
    const word = words[at] ?? '';
    out.push(at === words.length - 1 ? (LAST_WORDS[word] ?? word) : word);
    at += 1;
  }
  return out;
}

/**
 * The key that identifies a company or organisation by name:
 * `normaliseCompanyName("Brightwater Care Community Interest Company")` and
 * `normaliseCompanyName("BRIGHTWATER CARE C.I.C.")` are both
 * `"brightwater care cic"`. Blank names give `""`.
 */
export function normaliseCompanyName(name: string): string {
  return folded(name).join(' ');
}

/**
 * A name without its legal form and noise words, for leads only:
 * `coreCompanyName("Smith & Sons (Holdings) PLC")` is `"smith and sons"`.
 * A name that is nothing but such words keeps them.
 */
export function coreCompanyName(name: string): string {
  const words = folded(name);
  const core = words.filter((word) => !NOT_CORE.has(word));
  return (core.length > 0 ? core : words).join(' ');
}
