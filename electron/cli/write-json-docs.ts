import { readFile, writeFile } from 'node:fs/promises';
import { withJsonDocs } from './json-docs';

// `npm run docs:json`: rewrites the README's section on the commands' --json documents.
const readme = new URL('../../README.md', import.meta.url);
await writeFile(readme, withJsonDocs(await readFile(readme, 'utf8')));
