import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonDocsMarkers, withJsonDocs } from '../../../../electron/cli/json-docs';
import { jsonOutputSchemas } from '../../../../electron/cli/json-schemas';

const readme = path.resolve(import.meta.dirname, '../../../../README.md');

describe('README: the --json documents', () => {
  it('is the section generated from the schemas (run `npm run docs:json` after changing them)', async () => {
    const text = await readFile(readme, 'utf8');
    expect(text).toContain(jsonDocsMarkers.start);
    expect(text).toBe(withJsonDocs(text));
  });

  it('names every command and spells out nested fields', async () => {
    const section = withJsonDocs(`${jsonDocsMarkers.start}${jsonDocsMarkers.end}`);
    for (const command of Object.keys(jsonOutputSchemas))
      expect(section).toContain(`\`${command}\``);
    expect(section).toContain('warnings: [{ rule: "overall-below-worst" |');
    expect(section).toContain('accepted: { by, rationale } | null');
  });
});
