import { parse } from 'yaml';
import type { AnnexAListName, ListColumn } from '../../../shared/records/xlsx/annex-a-lists';
import {
  ANNEX_A_LIST_NAMES,
  ANNEX_A_LISTS,
  columnKey,
} from '../../../shared/records/xlsx/annex-a-lists';
import type { CodeList, OptionList } from '../../../shared/records/xlsx/annex-a-codes';
import {
  ACCOMMODATION,
  ELIGIBILITY,
  GENDER,
  IN_TOUCH,
  LEGAL_STATUS,
  NEED_CODE,
  PLACEMENT_LOCATION,
  PLACEMENT_PROVIDER,
  SUITABILITY,
  YES_NO,
} from '../../../shared/records/xlsx/annex-a-codes';
import { readAnnexACell, spellingKey } from '../../../shared/records/xlsx/annex-a-values';

/**
 * Builds the data of shared/records/xlsx/annex-a-spellings.ts from the Annex
 * A schema of liia-tools (test/fixtures/annex-a/Annex_A_schema.yml): per list
 * and column, the real-world spellings councils' systems write for a coded
 * answer, each mapped to the template's answer; and the header patterns
 * (`header_regex`) that recognise a column under another header.
 *
 * The schema groups spellings under ITS OWN categories (`code:`), which are
 * not always the template's answers: `a) White` gathers the five white
 * ethnicity codes, `c) Other` the providers PR0, PR2, PR3 and PR5. So a
 * spelling is mapped to a template answer only when it names one:
 * - by its own code at its start (`[PR3] Other public provision` → PR3,
 *   `Yes, resident in the UK` → Yes), or else
 * - by its category, where that category is exactly one template answer
 *   ({@link CATEGORY_ANSWERS}: `a) Interim care orders` → C1).
 * A spelling whose own code and category disagree, or that two categories
 * claim for different answers, is left out (it stays an error, as an unknown
 * answer is). Spellings the reader already reads without help are left out.
 * Free-text columns (contact source, case status, LA of placement, …) are
 * kept as written, so their categories are not used.
 *
 * The YAML is read with the failsafe schema: every scalar is text exactly as
 * written (`code: No` is the text No, not YAML 1.1's false).
 */

/** Table name → spelling key → template answer. */
export type SpellingTables = Record<string, Record<string, string>>;
/** List → column key → the name of its spelling table. */
export type ColumnTables = Partial<Record<AnnexAListName, Record<string, string>>>;
/** List → column key → patterns as `[source, flags]`. */
export type HeaderPatterns = Partial<Record<AnnexAListName, Record<string, [string, string][]>>>;

export type AnnexASpellings = {
  readonly tables: SpellingTables;
  readonly columns: ColumnTables;
  readonly patterns: HeaderPatterns;
  /** Spellings left out because they name two answers (column, spelling, answers), for the generator's log. */
  readonly dropped: readonly string[];
};

type AnswerList = CodeList | OptionList;

/**
 * The schema's categories that are exactly one template answer. Sources:
 * the template's own answers (ILACS Annex A,
 * https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018);
 * category of need N1–N8, legal status and care leavers' accommodation as
 * the 903 codes (DfE SSDA903 guidance,
 * https://www.gov.uk/guidance/children-looked-after-return). Categories not
 * listed gather several answers and map nothing by themselves.
 */
const CATEGORY_ANSWERS = new Map<AnswerList, Readonly<Record<string, string>>>([
  [
    GENDER,
    {
      'a) Male': 'Male',
      'b) Female': 'Female',
      'c) Not stated/recorded': 'Not stated/recorded',
      'd) Neither': 'Neither',
    },
  ],
  [YES_NO, { Yes: 'Yes', No: 'No', Unknown: 'Unknown' }],
  [PLACEMENT_LOCATION, { 'a) In': 'In', 'b) Out': 'Out' }],
  [
    ELIGIBILITY,
    {
      'a) Relevant': 'Relevant child',
      'b) Former relevant': 'Former relevant child',
      'c) Qualifying': 'Qualifying care leaver',
    },
  ],
  // In touch is one answer; "not in touch" and "exclude" gather No, Refu, NREQ, Died and Rhom.
  [IN_TOUCH, { 'a) In touch': 'Yes' }],
  [SUITABILITY, { 'a) Suitable': 'Suitable', 'b) Not suitable': 'Unsuitable' }],
  [
    NEED_CODE,
    {
      'a) Abuse or neglect': 'N1',
      "b) Child's disability": 'N2',
      'c) Parents illness or disability': 'N3',
      'd) Family in acute stress': 'N4',
      'e) Family dysfunction': 'N5',
      'f) Socially unacceptable behaviour': 'N6',
      'g) Low income': 'N7',
      'h) Absent parenting': 'N8',
    },
  ],
  [
    LEGAL_STATUS,
    {
      'a) Interim care orders': 'C1',
      'b) Full care orders': 'C2',
      'c) Freed for  Adoption': 'D1',
      'd) Placement order granted': 'E1',
    },
  ],
  [PLACEMENT_PROVIDER, { 'a) Own LA': 'PR1', 'b) Private': 'PR4' }],
  [
    ACCOMMODATION,
    {
      'a) With parents or relatives': 'B',
      'b) Community home': 'C',
      'c) Semi-independent transitional accommodation': 'D',
      'd) Supported lodgings': 'E',
      'e) Gone abroad': 'G',
      'f) Deported': 'H',
      'g) Ordinary lodgings': 'K',
      'h) Residence not known': 'R',
      'i) No fixed abode / homeless': 'S',
      'j) Foyers': 'T',
      'k) Independent living': 'U',
      'l) Emergency accommodation': 'V',
      'm) Bed and breakfast': 'W',
      'n) In custody': 'X',
      'o) With Former Foster Carer': 'Z',
      'p) Other accommodation': 'Y',
    },
  ],
]);

/**
 * Spellings the schema maps for a column where they answer another
 * question: the schema shares one list between "offered a return interview"
 * and "accept a return interview", so "Offered and Declined" would read as
 * Yes for accepting it. Column key → spelling keys left out.
 */
const NOT_FOR_COLUMN: Readonly<Record<string, readonly string[]>> = {
  'Did the child accept a Return Interview after their last missing episode (Y/N)?': [
    'offered and declined (by yp)',
  ],
};

type Json = { [key: string]: unknown };
const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Letters and digits only, lower case: how a schema column is matched to the template's. */
const loose = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The template column a schema column stands for (by header or alias, loosely). */
function templateColumn(list: AnnexAListName, header: string): ListColumn | undefined {
  const key = loose(header);
  const columns: readonly ListColumn[] = ANNEX_A_LISTS[list];
  return columns.find(
    (column) =>
      loose(column.header) === key || (column.aliases ?? []).some((alias) => loose(alias) === key),
  );
}

/** The answer list of a coded column, or undefined for free text. */
function answerList(column: ListColumn): AnswerList | undefined {
  if (column.kind.type === 'code') return column.kind.codes;
  if (column.kind.type === 'option') return column.kind.options ?? undefined;
  return undefined;
}

const isCodeList = (list: AnswerList): list is CodeList => 'codes' in list;

const LETTER_PREFIX = /^[a-z]{1,2}[).]\s*/i;

/**
 * The template answer a spelling names by itself at its start: a code
 * (`[PR3] …`, `WBRI  [White British]`), or an option before a comma, colon,
 * dash or bracket (`Yes, resident in the UK`); an option followed by more
 * words (`No care leaver details`) names nothing.
 */
function ownAnswer(spelling: string, list: AnswerList): string | undefined {
  const bare = spelling.trim().replace(LETTER_PREFIX, '');
  if (isCodeList(list)) {
    const token = /^[[(]?\s*([A-Za-z0-9]+)\s*[\])]?(?![A-Za-z0-9])/.exec(bare)?.[1]?.toUpperCase();
    return token !== undefined && list.codes.includes(token) ? token : undefined;
  }
  const head = /^([^,:;([\u2013\u2014-]+?)\s*(?:[,:;([\u2013\u2014-]|$)/.exec(bare)?.[1];
  if (head === undefined) return undefined;
  const lower = head.toLowerCase();
  const option = list.options.find((candidate) => candidate.toLowerCase() === lower);
  const synonym =
    list.synonyms !== undefined && Object.hasOwn(list.synonyms, lower)
      ? list.synonyms[lower]
      : undefined;
  return option ?? synonym;
}

/** True when the reader reads the spelling as it is, with no problem. */
function readAlready(column: ListColumn, spelling: string): boolean {
  let problems = 0;
  readAnnexACell(column.kind, spelling, () => {
    problems += 1;
  });
  return problems === 0;
}

/** `/pattern/flags`, with anything after the flags ignored (one entry has a stray `*date-not-blank`). */
function pattern(text: string): [string, string] {
  const match = /^\/(.+)\/([a-z]*)(?:\s.*)?$/s.exec(text.trim());
  if (match === null) throw new Error(`header_regex ${text} is not /pattern/flags`);
  const source = match[1] ?? '';
  const flags = match[2] ?? '';
  // `g` and `y` would make RegExp.test remember where it stopped between headers.
  if (/[gy]/.test(flags)) throw new Error(`header_regex ${text}: flags g and y are not read`);
  // Compiled here so a pattern JavaScript cannot read fails the build, not an import.
  return [new RegExp(source, flags).source, flags];
}

function spellingsOf(
  column: ListColumn,
  list: AnswerList,
  categories: unknown,
  dropped: string[],
  where: string,
): Record<string, string> {
  if (!Array.isArray(categories)) throw new Error(`${where}: category is not a list`);
  const byCategory = CATEGORY_ANSWERS.get(list) ?? {};
  const found = new Map<string, string>();
  const clashing = new Set<string>();
  const add = (spelling: string, answer: string): void => {
    const key = spellingKey(spelling);
    const held = found.get(key);
    if (held !== undefined && held !== answer) clashing.add(key);
    found.set(key, answer);
  };
  for (const category of categories) {
    if (!isJson(category) || typeof category.code !== 'string')
      throw new Error(`${where}: a category without a code`);
    // `name` is a list, or one text (Activity Status, whose categories match cells by
    // `cell_regex` instead: those patterns are not used, only the spellings).
    const names: unknown =
      typeof category.name === 'string' ? [category.name] : (category.name ?? []);
    if (!Array.isArray(names)) throw new Error(`${where}: ${category.code}: name is not a list`);
    const fromCategory = Object.hasOwn(byCategory, category.code)
      ? byCategory[category.code]
      : undefined;
    // The category's own text is a spelling too (`F1: Full time in higher education`).
    for (const name of [category.code, ...names]) {
      if (typeof name !== 'string') throw new Error(`${where}: a spelling that is not text`);
      if (name.trim() === '' || readAlready(column, name)) continue;
      const own = ownAnswer(name, list);
      if (own !== undefined && fromCategory !== undefined && own !== fromCategory) {
        dropped.push(`${where}: "${name}" (${own} by its code, ${fromCategory} by its category)`);
        continue;
      }
      const answer = own ?? fromCategory;
      if (answer !== undefined) add(name, answer);
    }
  }
  for (const key of NOT_FOR_COLUMN[columnKey(column)] ?? []) found.delete(key);
  for (const key of clashing) {
    dropped.push(`${where}: "${key}" (named under two answers)`);
    found.delete(key);
  }
  if (found.has('__proto__')) throw new Error(`${where}: a spelling "__proto__"`);
  return Object.fromEntries([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A table's name: its first column's header as a camelCase word. */
function tableName(header: string, taken: SpellingTables): string {
  const words = loose(header).split(' ').slice(0, 6);
  const base = words
    .map((word, index) => (index === 0 ? word : `${word.charAt(0).toUpperCase()}${word.slice(1)}`))
    .join('');
  let name = /^[a-z]/.test(base) ? base : `c${base}`;
  for (let n = 2; Object.hasOwn(taken, name); n += 1) name = `${base}${n}`;
  return name;
}

/** Builds the spelling tables, which column uses which, and the header patterns, from the YAML's text. */
export function buildAnnexASpellings(yamlText: string): AnnexASpellings {
  const schema: unknown = parse(yamlText, { schema: 'failsafe', maxAliasCount: -1 });
  if (!isJson(schema) || !isJson(schema.column_map)) throw new Error('no column_map');
  const tables: SpellingTables = {};
  const tableText = new Map<string, string>();
  const columns: ColumnTables = {};
  const patterns: HeaderPatterns = {};
  const dropped: string[] = [];
  for (const [listKey, schemaColumns] of Object.entries(schema.column_map)) {
    const list = ANNEX_A_LIST_NAMES.find((name) => loose(name) === loose(listKey));
    if (list === undefined || !isJson(schemaColumns)) throw new Error(`unknown list ${listKey}`);
    for (const [header, spec] of Object.entries(schemaColumns)) {
      const column = templateColumn(list, header);
      if (column === undefined) throw new Error(`${list}: no template column for "${header}"`);
      if (!isJson(spec)) throw new Error(`${list}: "${header}" is not a mapping`);
      const key = columnKey(column);
      const regexes: unknown = spec.header_regex ?? [];
      if (!Array.isArray(regexes)) throw new Error(`${list}: "${header}": header_regex`);
      if (regexes.length > 0) {
        (patterns[list] ??= {})[key] = regexes.map((text) => {
          if (typeof text !== 'string') throw new Error(`${list}: "${header}": header_regex`);
          return pattern(text);
        });
      }
      const answers = answerList(column);
      if (answers === undefined || spec.category === undefined) continue;
      const spellings = spellingsOf(column, answers, spec.category, dropped, `${list}: ${key}`);
      if (Object.keys(spellings).length === 0) continue;
      const text = JSON.stringify(spellings);
      let name = tableText.get(text);
      if (name === undefined) {
        name = tableName(key, tables);
        tables[name] = spellings;
        tableText.set(text, name);
      }
      (columns[list] ??= {})[key] = name;
    }
  }
  return { tables, columns, patterns, dropped };
}
