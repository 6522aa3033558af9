/**
 * Company-name keys for linking an Ofsted owner name, a Companies House
 * company and a delegated provider (UK company name endings, https://www.gov.uk/government/publications/incorporation-and-names, which picks a
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
const WORDS: ReadonlyMap<string, string> = new Map([
  ['ltd', 'limited'],
  ['cyfyngedig', 'limited'],
  ['cyf', 'limited'],
  ['co', 'company'],
]);

/** Welsh abbreviations folded only as the last token, where they cannot be a word of the name. */
const LAST_WORDS: ReadonlyMap<string, string> = new Map([
  ['ccc', 'plc'],
  ['cbc', 'cic'],
  ['pac', 'llp'],
]);

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

/** Characters dropped without a break: apostrophes (\' \u2018 \u2019 \u02bc ` \u00b4) and full stops. */
const DROPPED = new Set([39, 46, 0x2018, 0x2019, 0x2bc, 96, 0xb4]);
const AMPERSAND = 38;
/** Letters, digits and punctuation of plain ASCII (no diacritics to fold). */
const ASCII = /^[\x20-\x7e]*$/;

/**
 * The words of a name: lower case, diacritics removed (NFKD), apostrophes and
 * full stops dropped ("Parent's" → "parents", "C.I.C." → "cic"), "&" as
 * "and", anything else not a letter or digit a break. One pass over the
 * characters, since a national register has 50,000 names.
 */
function tokens(name: string): string[] {
  let text = name.toLowerCase();
  if (!ASCII.test(text)) text = text.normalize('NFKD').replace(/\p{M}/gu, '');
  const words: string[] = [];
  let start = -1;
  let word = '';
  for (let at = 0; at <= text.length; at += 1) {
    const code = at === text.length ? 32 : text.charCodeAt(at);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) start = at;
      continue;
    }
    if (start >= 0) word += text.slice(start, at);
    start = -1;
    // A dropped character carries on the same word; anything else ends it.
    if (DROPPED.has(code)) continue;
    if (word !== '') words.push(word);
    word = '';
    if (code === AMPERSAND) words.push('and');
  }
  return words;
}

/** The phrases by their first word, so most words need no phrase check. */
const PHRASES_BY_FIRST = new Map<string, (readonly [readonly string[], readonly string[]])[]>();
for (const phrase of PHRASES) {
  const first = phrase[0][0] ?? '';
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), phrase]);
}

function startsWith(
  words: readonly string[],
  at: number,
  end: number,
  phrase: readonly string[],
): boolean {
  return at + phrase.length <= end && phrase.every((word, offset) => words[at + offset] === word);
}

/** The tokens of a name with every legal-form spelling folded. */
function folded(name: string): string[] {
  const words = tokens(name);
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at] ?? '';
    words[at] = WORDS.get(word) ?? word;
  }
  // Where the name starts and ends without a leading or trailing "The" (by
  // index: shifting one word at a time made "the the the …" quadratic).
  let first = 0;
  let end = words.length;
  while (end - first > 1 && words[first] === 'the') first += 1;
  while (end - first > 1 && words[end - 1] === 'the') end -= 1;
  const out: string[] = [];
  for (let at = first; at < end;) {
    let phrase: (typeof PHRASES)[number] | undefined;
    for (const candidate of PHRASES_BY_FIRST.get(words[at] ?? '') ?? []) {
      if (startsWith(words, at, end, candidate[0])) {
        phrase = candidate;
        break;
      }
    }
    if (phrase !== undefined) {
      out.push(...phrase[1]);
      at += phrase[0].length;
      continue;
    }
    const word = words[at] ?? '';
    out.push(at === end - 1 ? (LAST_WORDS.get(word) ?? word) : word);
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

/** Both keys of a name from one pass: {@link normaliseCompanyName} and {@link coreCompanyName}. */
export function nameKeys(name: string): { readonly key: string; readonly core: string } {
  const words = folded(name);
  const core = words.filter((word) => !NOT_CORE.has(word));
  return { key: words.join(' '), core: (core.length > 0 ? core : words).join(' ') };
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
