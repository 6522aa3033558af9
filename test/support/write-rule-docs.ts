import { readFile, writeFile } from 'node:fs/promises';
import { withRuleDocs } from '../../shared/records/ssda903/dfe/rule-docs';

// `npm run docs:rules`: rewrites the README's section on the DfE 903 rules checked and left out.
const readme = new URL('../../README.md', import.meta.url);
await writeFile(readme, withRuleDocs(await readFile(readme, 'utf8')));
