import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { AnnexAListName, ListColumn } from '../../../../../shared/records/xlsx';
import { ANNEX_A_LIST_NAMES, ANNEX_A_LISTS, columnKey } from '../../../../../shared/records/xlsx';
import {
  COLUMN_SPELLINGS,
  HEADER_PATTERNS,
  SPELLING_TABLES,
} from '../../../../../shared/records/xlsx/annex-a-spellings';
import { readAnnexACell, spellingKey } from '../../../../../shared/records/xlsx/annex-a-values';
import { buildAnnexASpellings } from '../../../../support/annex-a/annex-a-spellings-build';
import { FIXTURES } from './fixture-files';

/**
 * The generated spellings module against the Annex A schema it comes from
 * (test/fixtures/annex-a/Annex_A_schema.yml): rebuilt from the YAML it must
 * be equal (rerun `npx tsx test/support/gen-annex-a-spellings.ts` if not),
 * and every entry must be one the reader can use.
 */

const yamlText = readFileSync(path.join(FIXTURES, 'annex-a/Annex_A_schema.yml'), 'utf8');

function column(list: AnnexAListName, key: string): ListColumn {
  const columns: readonly ListColumn[] = ANNEX_A_LISTS[list];
  const found = columns.find((candidate) => columnKey(candidate) === key);
  if (found === undefined) throw new Error(`${list} has no column ${key}`);
  return found;
}

/** The reading of a cell, and whether it needed no help and raised nothing. */
function readAlone(kind: ListColumn['kind'], text: string): { value: unknown; clean: boolean } {
  let clean = true;
  const value = readAnnexACell(kind, text, () => {
    clean = false;
  });
  return { value, clean };
}

type Category = { readonly code: string; readonly name: readonly string[] };

/** The categories at `keys` in the parsed YAML (failsafe: every scalar is text). */
function categories(value: unknown, ...keys: string[]): Category[] {
  let at = value;
  for (const key of keys) {
    at = typeof at === 'object' && at !== null && key in at ? Reflect.get(at, key) : undefined;
  }
  if (!Array.isArray(at)) throw new Error(`${keys.join('.')} is not a list`);
  return at.map((entry: unknown) => {
    const code: unknown =
      typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'code') : undefined;
    const name: unknown =
      typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'name') : undefined;
    if (typeof code !== 'string' || !Array.isArray(name)) throw new Error('not a category');
    return { code, name: name.map(String) };
  });
}

describe('the generated Annex A spellings', () => {
  it('equal what the Annex A schema gives today', () => {
    const built = buildAnnexASpellings(yamlText);
    expect(SPELLING_TABLES).toEqual(built.tables);
    expect(COLUMN_SPELLINGS).toEqual(built.columns);
    expect(HEADER_PATTERNS).toEqual(built.patterns);
  });

  it('map only to answers of the columns that use them, from keys as matched, the reader cannot read alone', () => {
    let checked = 0;
    for (const list of ANNEX_A_LIST_NAMES) {
      for (const [key, table] of Object.entries(COLUMN_SPELLINGS[list] ?? {})) {
        const { kind } = column(list, key);
        expect(['code', 'option'], `${list}: ${key}`).toContain(kind.type);
        for (const [spelling, answer] of Object.entries(SPELLING_TABLES[table] ?? {})) {
          expect(spellingKey(spelling)).toBe(spelling);
          expect(readAlone(kind, answer), `${list}: ${key}: ${answer}`).toEqual({
            value: answer,
            clean: true,
          });
          expect(readAlone(kind, spelling).clean, `${list}: ${key}: ${spelling}`).toBe(false);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('agree with the YAML spelling by spelling for Gender (categories that are one answer each)', () => {
    const schema: unknown = parse(yamlText, { schema: 'failsafe', maxAliasCount: -1 });
    const gender = categories(schema, 'column_map', 'list_1', 'Gender', 'category');
    const table = SPELLING_TABLES[COLUMN_SPELLINGS['List 1']?.Gender ?? ''] ?? {};
    const answers: Record<string, string> = {
      'a) Male': 'Male',
      'b) Female': 'Female',
      'c) Not stated/recorded': 'Not stated/recorded',
      'd) Neither': 'Neither',
    };
    const kind = column('List 1', 'Gender').kind;
    // "Indeterminate" is filed under two answers, so it names neither.
    const twice = new Set(['indeterminate']);
    const expected = (code: string, spelling: string): string | undefined => {
      const key = spellingKey(spelling);
      if (readAlone(kind, spelling).clean || twice.has(key)) return undefined;
      return answers[code];
    };
    for (const { code, name } of gender) {
      for (const spelling of name) {
        expect(table[spellingKey(spelling)], spelling).toBe(expected(code, spelling));
      }
    }
    expect(table['unknown / not recorded / unborn']).toBe('Not stated/recorded');
  });

  it('give each table for a column the YAML has, and header patterns that compile', () => {
    expect(COLUMN_SPELLINGS['List 9']).toMatchObject({
      Gender: expect.any(String),
      'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)':
        expect.any(String),
      'LA in Touch': expect.any(String),
    });
    for (const list of ANNEX_A_LIST_NAMES) {
      for (const [key, patterns] of Object.entries(HEADER_PATTERNS[list] ?? {})) {
        column(list, key);
        for (const [source, flags] of patterns)
          expect(() => new RegExp(source, flags)).not.toThrow();
      }
    }
    expect(HEADER_PATTERNS['List 1']?.['Child Unique ID']).toHaveLength(1);
  });

  it('are never read from the YAML at run time: no reader imports a YAML parser', () => {
    const folder = path.resolve(FIXTURES, '../../shared/records/xlsx');
    for (const name of readdirSync(folder)) {
      const source = readFileSync(path.join(folder, name), 'utf8');
      expect(source, name).not.toMatch(/from '(yaml|js-yaml)'|Annex_A_schema\.yml'/);
    }
  });
});
