/**
 * Writes the generated Annex A test workbook to its committed place:
 * `npx tsx test/support/annex-a/write-annex-a-fixture.ts`. A unit test
 * rebuilds it and checks the committed copy still matches, so rerun this
 * after changing the generator.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ANNEX_A_FIXTURE, buildAnnexAWorkbook } from './annex-a-workbook';

const root = path.resolve(import.meta.dirname, '../../..');
const target = path.join(root, ANNEX_A_FIXTURE);
writeFileSync(target, await buildAnnexAWorkbook());
console.log(`wrote ${path.relative(root, target)}`);
