import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue, ColumnKind } from '../../../../../shared/records/xlsx';
import { ANNEX_A_LIST_NAMES, ANNEX_A_LISTS } from '../../../../../shared/records/xlsx';
import {
  ETHNICITY,
  GENDER,
  LEGAL_STATUS,
  PLACEMENT_PROVIDER,
  PLACEMENT_TYPE,
  YES_NO,
} from '../../../../../shared/records/xlsx/annex-a-codes';
import { matchHeaders } from '../../../../../shared/records/xlsx/annex-a-headers';
import type { AnnexAValue } from '../../../../../shared/records/xlsx/annex-a-values';
import { readAnnexACell } from '../../../../../shared/records/xlsx/annex-a-values';

/** Reading single Annex A cells, and loose header matching, over generated inputs. */

type Reported = { rule: string; severity: string };

function read(kind: ColumnKind, cell: CellValue): { value: AnnexAValue; problems: Reported[] } {
  const problems: Reported[] = [];
  const value = readAnnexACell(kind, cell, (rule, severity) => problems.push({ rule, severity }));
  return { value, problems };
}

/** A template answer prefix: `a) ` … `zz) `, or none. */
const prefix = fc.option(
  fc.stringMatching(/^[a-z]{1,2}$/).map((letters) => `${letters}) `),
  { nil: '' },
);

describe('coded answers', () => {
  it.each([
    ['Ethnicity', ETHNICITY],
    ['Placement Type', PLACEMENT_TYPE],
    ['Placement Provider', PLACEMENT_PROVIDER],
    ['Legal Status', LEGAL_STATUS],
  ] as const)(
    '%s: any code, with or without prefix and label, reads as the code',
    (_name, codes) => {
      fc.assert(
        fc.property(
          fc.constantFrom(...codes.codes),
          prefix,
          fc.constantFrom('', ': Some label', ' - Some label', ' \u2013 label'),
          (code, lead, label) => {
            expect(read({ type: 'code', codes }, `${lead}${code}${label}`)).toEqual({
              value: code,
              problems: [],
            });
          },
        ),
      );
    },
  );

  it('the examples of data-formats.md §5', () => {
    const provider: ColumnKind = { type: 'code', codes: PLACEMENT_PROVIDER };
    expect(read(provider, 'e) PR4 - Private provision').value).toBe('PR4');
    expect(read(provider, 'a) PR0: Parents').value).toBe('PR0');
    expect(read({ type: 'code', codes: LEGAL_STATUS }, 'C2: FCO').value).toBe('C2');
    expect(
      read({ type: 'code', codes: PLACEMENT_TYPE }, 'f) U6: Foster placement - not FFA').value,
    ).toBe('U6');
    expect(read({ type: 'option', options: GENDER }, 'a) Male').value).toBe('Male');
    expect(read({ type: 'code', codes: ETHNICITY }, 's) NOBT').value).toBe('NOBT');
  });

  it('options match whatever their case and prefix; Y/N answer Yes/No questions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GENDER.options),
        prefix,
        fc.boolean(),
        (option, lead, upper) => {
          const written = upper ? option.toUpperCase() : option.toLowerCase();
          expect(read({ type: 'option', options: GENDER }, `${lead}${written}`).value).toBe(option);
        },
      ),
    );
    expect(read({ type: 'option', options: YES_NO }, 'y').value).toBe('Yes');
    expect(read({ type: 'option', options: YES_NO }, 'N').value).toBe('No');
  });

  it('an unknown answer is kept (prefix removed) and reported', () => {
    expect(read({ type: 'option', options: GENDER }, 'b) Femal')).toEqual({
      value: 'Femal',
      problems: [{ rule: 'annex-a.option.unknown', severity: 'error' }],
    });
    expect(read({ type: 'code', codes: ETHNICITY }, 'White British').problems).toEqual([
      { rule: 'annex-a.code.unknown', severity: 'error' },
    ]);
  });
});

describe("councils' spellings", () => {
  const gender: ColumnKind = { type: 'option', options: GENDER };
  const provider: ColumnKind = { type: 'code', codes: PLACEMENT_PROVIDER };
  const spellings = { '1 - male': 'Male', 'own la provision': 'PR1', 'a) male': 'Female' };
  const withSpellings = (kind: ColumnKind, cell: CellValue) => {
    const problems: Reported[] = [];
    const value = readAnnexACell(
      kind,
      cell,
      (rule, severity) => problems.push({ rule, severity }),
      spellings,
    );
    return { value, problems };
  };

  it('read as the template answer they stand for, trimmed, in any case and spacing, with a note', () => {
    for (const written of ['1 - Male', '  1  -   MALE ', '1 - male']) {
      expect(withSpellings(gender, written)).toEqual({
        value: 'Male',
        problems: [{ rule: 'annex-a.value.council-spelling', severity: 'info' }],
      });
    }
    expect(withSpellings(provider, 'Own LA Provision').value).toBe('PR1');
  });

  it("never replace the reader's own reading, and an unknown answer is still an error", () => {
    expect(withSpellings(gender, 'a) Male')).toEqual({ value: 'Male', problems: [] });
    expect(withSpellings(gender, '1 - Man').problems).toEqual([
      { rule: 'annex-a.option.unknown', severity: 'error' },
    ]);
    expect(read(gender, '1 - Male').problems).toEqual([
      { rule: 'annex-a.option.unknown', severity: 'error' },
    ]);
  });
});

describe('other kinds of cell', () => {
  it('URNs: Ofsted and XXXXXXX pass, anything else is a warning', () => {
    expect(read({ type: 'urn' }, 'XXXXXXX').problems).toEqual([]);
    expect(read({ type: 'urn' }, 1234567)).toEqual({ value: '1234567', problems: [] });
    expect(read({ type: 'urn' }, 'SC12')).toEqual({
      value: 'SC12',
      problems: [{ rule: 'annex-a.urn.format', severity: 'warning' }],
    });
  });

  it('dates: a date cell, a serial without date format (warning), text (info), or an error', () => {
    expect(read({ type: 'date' }, { kind: 'date', serial: 45292 }).value).toBe('2024-01-01');
    expect(read({ type: 'date' }, 45292)).toEqual({
      value: '2024-01-01',
      problems: [{ rule: 'annex-a.date.number', severity: 'warning' }],
    });
    expect(read({ type: 'date' }, '2024-01-01').problems).toEqual([
      { rule: 'annex-a.date.text', severity: 'info' },
    ]);
    expect(read({ type: 'date' }, '31/02/2024')).toEqual({
      value: '31/02/2024',
      problems: [{ rule: 'annex-a.date.invalid', severity: 'error' }],
    });
  });

  it('ages and counts: numbers, numeric text; negative or fractional counts are errors', () => {
    expect(read({ type: 'age' }, '9').value).toBe(9);
    expect(read({ type: 'count' }, 0)).toEqual({ value: 0, problems: [] });
    expect(read({ type: 'count' }, -1).problems).toEqual([
      { rule: 'annex-a.number.invalid', severity: 'error' },
    ]);
    expect(read({ type: 'count' }, 1.5).problems).toHaveLength(1);
  });

  it('blank, #N/A and other error cells read as null', () => {
    expect(read({ type: 'text' }, '   ')).toEqual({ value: null, problems: [] });
    expect(read({ type: 'text' }, { kind: 'error', code: '#REF!' })).toEqual({
      value: null,
      problems: [{ rule: 'annex-a.value.error', severity: 'error' }],
    });
    expect(read({ type: 'age' }, '#n/a').problems).toEqual([
      { rule: 'annex-a.value.na', severity: 'warning' },
    ]);
  });
});

/** Rewrites a header the ways real returns do: case, spacing, quotes, doubled brackets. */
const perturbed = (header: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('same', 'upper', 'lower'),
      fc.boolean(),
      fc.boolean(),
      fc.constantFrom('', ' ', '  '),
    )
    .map(([letterCase, curly, doubled, trailing]) => {
      let text =
        letterCase === 'upper'
          ? header.toUpperCase()
          : letterCase === 'lower'
            ? header.toLowerCase()
            : header;
      text = curly ? text.replace(/'/g, '\u2019') : text.replace(/[\u2018\u2019]/g, "'");
      if (doubled) text = text.replace(/\)/g, '))');
      return text.replace(/ /g, trailing === '  ' ? '  ' : ' ') + trailing;
    });

describe('loose header matching', () => {
  it('every template header of every list is found however it is rewritten', () => {
    for (const list of ANNEX_A_LIST_NAMES) {
      const columns = ANNEX_A_LISTS[list];
      fc.assert(
        fc.property(fc.tuple(...columns.map((column) => perturbed(column.header))), (headers) => {
          const match = matchHeaders(columns, headers);
          expect(match.matches.map((found) => found.index)).toEqual(
            columns.map((_column, index) => index),
          );
          expect(match.extras).toEqual([]);
        }),
        { numRuns: 25 },
      );
    }
  });

  it('`Age` and `Age of Child (Years)` stand for each other; unknown headers are extras', () => {
    const list1 = matchHeaders(ANNEX_A_LISTS['List 1'], [
      'Child Unique ID',
      'Age of Child (Years)',
      'Notes',
    ]);
    expect(list1.matches.find((match) => match.column.header === 'Age')?.index).toBe(1);
    expect(list1.extras).toEqual([{ index: 2, header: 'Notes' }]);
    const list10 = matchHeaders(ANNEX_A_LISTS['List 10'], ['Age']);
    expect(
      list10.matches.find((match) => match.column.header === 'Age of Child (Years)')?.index,
    ).toBe(0);
  });
});
