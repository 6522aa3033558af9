import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEFT_OUT_RULES } from '../../../../../../shared/records/ssda903/dfe/left-out';
import {
  ruleDocsMarkers,
  withRuleDocs,
} from '../../../../../../shared/records/ssda903/dfe/rule-docs';

const readme = path.resolve(import.meta.dirname, '../../../../../../README.md');

describe('README: the DfE 903 rules checked and left out', () => {
  it('is the section generated from the rules (run `npm run docs:rules` after changing them)', async () => {
    const text = await readFile(readme, 'utf8');
    expect(text).toContain(ruleDocsMarkers.start);
    expect(text).toBe(withRuleDocs(text));
  });

  it('names every rule left out', () => {
    const section = withRuleDocs(`${ruleDocsMarkers.start}${ruleDocsMarkers.end}`);
    for (const rule of LEFT_OUT_RULES) expect(section).toContain(`| ${rule.code} |`);
  });
});
