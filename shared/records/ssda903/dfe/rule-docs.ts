/**
 * The README's account of the DfE 903 rules: how many each collection
 * year's ruleset holds and how many the workbook checks, the codes checked,
 * and every rule left out with why (`npm run docs:rules` writes it; a test
 * checks the README holds exactly this).
 */
import { DFE_903_RULES } from './catalogue';
import { LEFT_OUT_RULES } from './left-out';
import { DFE_RULES } from './registry';
import { DFE_RULE_YEARS } from './years';

/** The comments around the README section this module writes. */
export const ruleDocsMarkers = {
  start:
    '<!-- dfe-903-rules:start — generated from shared/records/ssda903/dfe/ by `npm run docs:rules`; do not edit by hand -->',
  end: '<!-- dfe-903-rules:end -->',
} as const;

/** A Markdown table cell: pipes escaped, on one line. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function ruleDocsSection(): string {
  const implemented = new Set(DFE_RULES.map((rule) => rule.code));
  const messages = new Map(DFE_903_RULES.map((rule) => [rule.code, rule.message]));
  const counts = DFE_RULE_YEARS.map((year) => {
    const active = DFE_903_RULES.filter((rule) => rule.years.includes(year));
    const checked = active.filter((rule) => implemented.has(rule.code)).length;
    return `| ${year} | ${active.length} | ${checked} | ${active.length - checked} |`;
  });
  const checked = DFE_903_RULES.filter((rule) => implemented.has(rule.code)).map(
    (rule) => rule.code,
  );
  return [
    ruleDocsMarkers.start,
    '',
    '| collection year | DfE rules in force | checked by the workbook | not checked |',
    '|---|---|---|---|',
    ...counts,
    '',
    `Checked (${checked.length}): ${checked.join(', ')}.`,
    '',
    '| left out | rule | why |',
    '|---|---|---|',
    ...LEFT_OUT_RULES.map(
      (rule) => `| ${rule.code} | ${cell(messages.get(rule.code) ?? '')} | ${cell(rule.why)} |`,
    ),
    '',
    ruleDocsMarkers.end,
  ].join('\n');
}

/** `readme` with its generated section replaced; throws without markers. */
export function withRuleDocs(readme: string): string {
  const start = readme.indexOf(ruleDocsMarkers.start);
  const end = readme.indexOf(ruleDocsMarkers.end);
  if (start === -1 || end < start) {
    throw new Error('README.md has no dfe-903-rules markers: add them where the section belongs.');
  }
  return (
    readme.slice(0, start) + ruleDocsSection() + readme.slice(end + ruleDocsMarkers.end.length)
  );
}
