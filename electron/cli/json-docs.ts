import { jsonOutputSchemas } from './json-schemas';
import { describeJson } from './json-shape';

/** The comments around the README section this module writes (`npm run docs:json`). */
export const jsonDocsMarkers = {
  start:
    '<!-- json-outputs:start — generated from electron/cli/json-schemas.ts by `npm run docs:json`; do not edit by hand -->',
  end: '<!-- json-outputs:end -->',
} as const;

/**
 * The README's description of every command's `--json` document, from the
 * schemas the tests hold the real output to; commands that print the same
 * shape (the `{ id }` of every change) share a line.
 */
function jsonDocsSection(): string {
  const byShape = new Map<string, string[]>();
  for (const [command, schema] of Object.entries(jsonOutputSchemas)) {
    const shape = describeJson(schema);
    byShape.set(shape, [...(byShape.get(shape) ?? []), command]);
  }
  return [
    jsonDocsMarkers.start,
    '',
    'What each command prints with `--json` (AREA and GRADE are the values listed above; `?` marks a',
    'field that may be absent; other fields are always present, `null` where they say so):',
    '',
    ...[...byShape].map(
      ([shape, commands]) => `- ${commands.map((c) => `\`${c}\``).join(', ')}: \`${shape}\``,
    ),
    '',
    jsonDocsMarkers.end,
  ].join('\n');
}

/** `readme` with its generated section replaced by {@link jsonDocsSection}; throws without markers. */
export function withJsonDocs(readme: string): string {
  const start = readme.indexOf(jsonDocsMarkers.start);
  const end = readme.indexOf(jsonDocsMarkers.end);
  if (start === -1 || end < start) {
    throw new Error('README.md has no json-outputs markers: add them where the section belongs.');
  }
  return (
    readme.slice(0, start) + jsonDocsSection() + readme.slice(end + jsonDocsMarkers.end.length)
  );
}
