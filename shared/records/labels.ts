/**
 * Words for the codes the records carry, so inspectors read "SSDA903 return
 * (CSV)" rather than `ssda903-csv` (GOV.UK content design: plain English,
 * https://www.gov.uk/guidance/content-design/writing-for-gov-uk).
 */

const KIND_LABELS: Readonly<Record<string, string>> = {
  'ssda903-csv': 'SSDA903 return (CSV)',
  'ssda903-xml': 'SSDA903 return (XML)',
  'annex-a': 'Annex A',
  'ofsted-providers': 'Ofsted provider list',
  'ch-basic-company-data': 'Companies House company data',
  'ch-psc-snapshot': 'Companies House people with significant control',
  'cin-census': 'CIN census',
};

/** An imported file's kind in words; an unknown kind is shown as it is. */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

const SOURCE_LABELS: Readonly<Record<string, string>> = {
  '903': 'SSDA903',
  'annex-a': 'Annex A',
  ofsted: 'Ofsted provider list',
  ch: 'Companies House',
  cin: 'CIN census',
};

/** The last word of a rule id → what the rule checks. */
const CHECK_LABELS: Readonly<Record<string, string>> = {
  code: 'not a valid code',
  blank: 'blank but required',
  format: 'in the wrong format',
  date: 'not a date',
  invalid: 'not valid',
  duplicate: 'given twice',
  'after-year': 'after the collection year',
  'child-not-in-header': 'child not in the Header table',
  'dob-mismatch': 'date of birth differs from Header',
  'sex-mismatch': 'sex differs from Header',
  'no-header': 'no Header table imported',
  'open-episodes': 'more than one open episode',
  'more-than-one': 'more than one row for a child',
  'not-provided': 'care leaver information not provided',
  'same-table': 'the same table imported twice',
  'field-count': 'wrong number of fields',
  encoding: 'text encoding guessed',
  extension: 'file extension does not match',
  unknown: 'not recognised',
  'unknown-element': 'element not recognised',
  skipped: 'sheet skipped',
  missing: 'missing',
  extra: 'extra column',
  variant: 'column named differently',
  'not-found': 'header row not found',
  default: 'codes filled in by default',
  misaligned: 'columns out of line',
  'not-text': 'not text',
  none: 'no URN',
  truncated: 'file cut short',
  fields: 'wrong number of fields',
  json: 'line is not JSON',
  shape: 'entry has the wrong shape',
  required: 'required element missing',
  repeated: 'element given too often',
  'not-in-year': "not in the census year's schema",
  'stray-text': 'text outside any item',
  year: 'census year',
};

/** Rule ids about a whole file or return, whose parts do not read as "table, column: check". */
const WHOLE_RULE_LABELS: Readonly<Record<string, string>> = {
  '903.import.extra-column': 'SSDA903: a column the return’s template does not have',
  '903.import.refused-file': 'SSDA903: checked without a file that was refused',
  '903.import.same-table': 'SSDA903: the same table imported twice',
  '903.year.table-not-in-year': 'SSDA903: a table the collection year’s return does not have',
  '903.year.unknown': 'SSDA903: collection year not worked out',
};

/**
 * A rule id (`903.Episodes.PLACE.code`) in words: "SSDA903 Episodes, PLACE:
 * not a valid code". Column codes stay as codes: they are what the file's
 * header says, and the rows table explains them. A DfE rule
 * (`903.dfe.1008`) is "DfE rule 1008".
 */
export function ruleLabel(rule: string): string {
  const whole = WHOLE_RULE_LABELS[rule];
  if (whole !== undefined) return whole;
  // A DfE validation rule keeps the DfE's code, which councils' validators show too.
  const dfe = /^903\.dfe\.(.+)$/.exec(rule);
  if (dfe !== null) return `DfE rule ${dfe[1] ?? ''}`;
  const parts = rule.split('.');
  const source = SOURCE_LABELS[parts[0] ?? ''];
  if (source === undefined || parts.length < 2) return rule;
  const last = parts.at(-1) ?? '';
  const before = /^before-(.+)$/.exec(last);
  const check =
    CHECK_LABELS[last] ?? (before === null ? last.replaceAll('-', ' ') : `before ${before[1]}`);
  const middle = parts.slice(1, -1);
  // `903.<table>.<column>.<check>`: the table, then the column.
  const place =
    middle.length === 0
      ? ''
      : middle.length === 1
        ? ` ${middle[0]}`
        : ` ${middle.slice(0, -1).join(' ')}, ${middle.at(-1)}`;
  const link = parts[0] === '903' && parts[1] === 'link' ? ' (across tables)' : '';
  return `${source}${link === '' ? place : ''}${link}: ${check}`;
}
