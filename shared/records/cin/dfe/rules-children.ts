/**
 * DfE CIN rules on the header, the child's identifiers and characteristics,
 * and disabilities (codes 100, 15xx, 2886Q–2888Q, 4180, 4220, 85xx, 87xx,
 * 8790, 8794), each written from its text in catalogue.ts.
 */
import { codeSetFor } from '../codes';
import { LA_PERM_CODES } from '../../ssda903/dfe/la-codes-r4';
import { ageOn, inYear, isNfa, isUnborn, v } from './helpers';
import type { CinRule } from './rule';
import { digitsAt, upnCheckLetter, upperUpn, UPN_LETTERS } from './upn';

const SEX_FROM_2024_25 = ['M', 'F', 'U'];

/** A UPN's last character: a digit or a check letter. */
const CHECK_CHARACTER = new RegExp(`^[0-9${UPN_LETTERS}]$`);

function duplicates(rule: string, column: string): CinRule {
  return {
    code: rule,
    census: true,
    check: ({ children }, flag) => {
      const seen = new Set<string>();
      const repeated = new Set<string>();
      for (const child of children) {
        const value = v(child.row, column);
        if (value === '') continue;
        // One lookup: the set grows unless the value was there.
        const size = seen.size;
        seen.add(value);
        if (seen.size === size) repeated.add(value);
      }
      if (repeated.size === 0) return;
      for (const child of children)
        if (repeated.has(v(child.row, column))) flag('Children', child.row, column);
    },
  };
}

function upnRule(code: string, broken: (upn: string) => boolean): CinRule {
  return {
    code,
    check: ({ children }, flag) => {
      for (const child of children) {
        const upn = v(child.row, 'UPN');
        if (upn !== '' && broken(upperUpn(upn))) flag('Children', child.row, 'UPN');
      }
    },
  };
}

export const RULES_CHILDREN: readonly CinRule[] = [
  {
    code: '100',
    census: true,
    check: ({ tables, year }, flag) => {
      const header = tables.Header[0];
      if (v(header, 'ReferenceDate') !== year.end)
        flag('Header', header, 'ReferenceDate', `expected ${year.end}`);
    },
  },
  upnRule('1510', (upn) => {
    const letter = upnCheckLetter(upn);
    return letter !== undefined && upn.charAt(0) !== letter;
  }),
  duplicates('1520', 'UPN'),
  upnRule('1530', (upn) => !LA_PERM_CODES.has(upn.slice(1, 4))),
  upnRule('1540', (upn) => !digitsAt(upn, 4, 12)),
  upnRule('1550', (upn) => !CHECK_CHARACTER.test(upn.charAt(12))),
  {
    code: '1560Q',
    check: ({ children }, flag) => {
      for (const child of children) {
        const former = v(child.row, 'FormerUPN');
        if (former !== '' && !/^[A-Za-z]\d{11}[\dA-Za-z]$/.test(former))
          flag('Children', child.row, 'FormerUPN');
      }
    },
  },
  {
    code: '1570',
    check: ({ children }, flag) => {
      for (const child of children)
        if (v(child.row, 'LAchildID').length > 20) flag('Children', child.row, 'LAchildID');
    },
  },
  {
    code: '1580',
    check: ({ children }, flag) => {
      for (const child of children) {
        if (/[^A-Za-z0-9]/.test(v(child.row, 'LAchildID')))
          flag('Children', child.row, 'LAchildID');
      }
    },
  },
  {
    code: '2886Q',
    census: true,
    check: ({ children, ruleYear }, flag) => {
      // "No sex recorded": gender 0 (not recorded) until 2023/24, sex U (unknown) after.
      const unrecorded = ruleYear >= '2024/25' ? 'U' : '0';
      let born = 0;
      let none = 0;
      for (const child of children) {
        if (isUnborn(child)) continue;
        born += 1;
        const sex = v(child.row, 'Sex');
        if (sex === '' || sex === unrecorded) none += 1;
      }
      if (born > 0 && none / born > 0.02) {
        flag('Children', undefined, 'Sex', `${none} of ${born} children born`);
      }
    },
  },
  {
    code: '2887Q',
    census: true,
    check: ({ tables }, flag) => {
      const used = new Set<string>();
      for (const row of tables.Disabilities) {
        const code = v(row, 'Disability');
        if (code !== '') used.add(code);
      }
      if (tables.Children.length > 0 && used.size < 8)
        flag('Disabilities', undefined, 'Disability', `${used.size} codes used`);
    },
  },
  {
    code: '2888Q',
    census: true,
    check: ({ children }, flag) => {
      // Flagged when some child has a disability and every such child has only one row.
      let some = false;
      for (const child of children) {
        if (!child.disabilities.some((row) => v(row, 'Disability') !== 'NONE')) continue;
        if (child.disabilities.length !== 1) return;
        some = true;
      }
      if (some) flag('Disabilities', undefined, 'Disability');
    },
  },
  {
    code: '4180',
    covers: [
      { table: 'Children', column: 'Sex', kind: 'required' },
      // "Sex must be provided and equal M, F, or U" from 2024/25; before, only "missing".
      { table: 'Children', column: 'Sex', kind: 'code', from: '2024/25' },
    ],
    check: ({ children, ruleYear }, flag) => {
      for (const child of children) {
        const sex = v(child.row, 'Sex');
        // Until 2023/24 the rule was "Gender is missing"; from 2024/25 sex must be M, F or U.
        if (sex === '' || (ruleYear >= '2024/25' && !SEX_FROM_2024_25.includes(sex)))
          flag('Children', child.row, 'Sex');
      }
    },
  },
  {
    code: '4220',
    covers: [
      { table: 'Children', column: 'Ethnicity', kind: 'required' },
      { table: 'Children', column: 'Ethnicity', kind: 'code' },
    ],
    check: ({ children, year }, flag) => {
      const codes = codeSetFor('ethnicity', year.census);
      for (const child of children)
        if (!codes.has(v(child.row, 'Ethnicity'))) flag('Children', child.row, 'Ethnicity');
    },
  },
  {
    code: '8500',
    covers: [{ table: 'Children', column: 'LAchildID', kind: 'required' }],
    check: ({ children }, flag) => {
      for (const child of children) if (child.id === '') flag('Children', child.row, 'LAchildID');
    },
  },
  duplicates('8510', 'LAchildID'),
  {
    code: '8520',
    check: ({ children, day, end }, flag) => {
      for (const child of children) {
        const birth = day(v(child.row, 'PersonBirthDate'));
        if (birth !== undefined && birth > end)
          flag('Children', child.row, ['PersonBirthDate', 'ReferenceDate']);
      }
    },
  },
  {
    code: '8525Q',
    check: ({ children }, flag) => {
      for (const child of children) {
        const birth = v(child.row, 'PersonBirthDate') !== '';
        const expected = v(child.row, 'ExpectedPersonBirthDate') !== '';
        if (birth === expected)
          flag('Children', child.row, ['PersonBirthDate', 'ExpectedPersonBirthDate']);
      }
    },
  },
  {
    code: '8530Q',
    check: ({ children, day, year }, flag) => {
      // March to December of the calendar year the census ends in.
      const from = Date.UTC(year.census, 2, 1) / 86_400_000;
      const to = Date.UTC(year.census, 11, 31) / 86_400_000;
      for (const child of children) {
        const expected = day(v(child.row, 'ExpectedPersonBirthDate'));
        if (expected !== undefined && (expected < from || expected > to)) {
          flag('Children', child.row, 'ExpectedPersonBirthDate');
        }
      }
    },
  },
  {
    code: '8535Q',
    check: ({ children, day }, flag) => {
      for (const child of children) {
        const death = day(v(child.row, 'PersonDeathDate'));
        const birth = day(v(child.row, 'PersonBirthDate'));
        if (death !== undefined && birth !== undefined && death < birth)
          flag('Children', child.row, ['PersonDeathDate', 'PersonBirthDate']);
      }
    },
  },
  {
    code: '8540',
    covers: [{ table: 'Disabilities', column: 'Disability', kind: 'code' }],
    check: ({ children, year }, flag) => {
      const codes = codeSetFor('disability', year.census);
      for (const child of children) {
        for (const row of child.disabilities)
          if (!codes.has(v(row, 'Disability'))) flag('Disabilities', row, 'Disability');
        // Unborn children and referrals with no further action need not record disability.
        const exempt =
          isUnborn(child) || (child.episodes.length > 0 && child.episodes.every(isNfa));
        if (child.disabilities.length === 0 && !exempt)
          flag('Children', child.row, 'Disability', 'no disability recorded');
      }
    },
  },
  {
    code: '8545Q',
    check: (input, flag) => {
      for (const child of input.children) {
        const death = input.day(v(child.row, 'PersonDeathDate'));
        if (death !== undefined && !inYear(input, death))
          flag('Children', child.row, 'PersonDeathDate');
      }
    },
  },
  {
    code: '8590',
    check: ({ children }, flag) => {
      for (const child of children)
        if (child.episodes.length === 0) flag('Children', child.row, 'LAchildID');
    },
  },
  {
    code: '8750',
    check: ({ children, ruleYear }, flag) => {
      // Gender 0 until 2023/24; sex U from 2024/25.
      const unborn = ruleYear >= '2024/25' ? 'U' : '0';
      for (const child of children) {
        if (isUnborn(child) && v(child.row, 'Sex') !== unborn)
          flag('Children', child.row, ['Sex', 'ExpectedPersonBirthDate']);
      }
    },
  },
  {
    code: '8770Q',
    check: ({ children, day, end }, flag) => {
      for (const child of children) {
        const birth = day(v(child.row, 'PersonBirthDate'));
        // School age taken as 6 or over at the reference date: UN1 is "under 6, not yet in school".
        if (birth === undefined || ageOn(birth, end) < 6) continue;
        const upn = v(child.row, 'UPN');
        const reason = v(child.row, 'UPNunknown');
        if ((upn === '' && reason === '') || reason === 'UN1')
          flag('Children', child.row, ['UPNunknown', 'UPN']);
      }
    },
  },
  {
    code: '8772',
    check: ({ children }, flag) => {
      for (const child of children) {
        if (
          v(child.row, 'UPNunknown') === 'UN7' &&
          child.episodes.some((episode) => !isNfa(episode))
        ) {
          flag('Children', child.row, 'UPNunknown');
        }
      }
    },
  },
  {
    code: '8775Q',
    check: ({ children, day, end }, flag) => {
      for (const child of children) {
        const birth = day(v(child.row, 'PersonBirthDate'));
        if (birth !== undefined && ageOn(birth, end) > 25)
          flag('Children', child.row, 'PersonBirthDate');
      }
    },
  },
  {
    code: '8790',
    check: ({ children }, flag) => {
      for (const child of children) {
        const codes = child.disabilities.map((row) => v(row, 'Disability'));
        if (codes.includes('NONE') && codes.some((code) => code !== 'NONE')) {
          for (const row of child.disabilities)
            if (v(row, 'Disability') === 'NONE') flag('Disabilities', row, 'Disability');
        }
      }
    },
  },
  {
    code: '8794',
    check: ({ children }, flag) => {
      for (const child of children) {
        const seen = new Set<string>();
        for (const row of child.disabilities) {
          const code = v(row, 'Disability');
          if (seen.has(code)) flag('Disabilities', row, 'Disability');
          seen.add(code);
        }
      }
    },
  },
];
