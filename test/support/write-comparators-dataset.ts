import { writeFile } from 'node:fs/promises';
import { builtDataset, datasetModule } from './comparator-files';

// Rebuilds shared/comparators/dataset.ts from the DfE files in test/fixtures/comparators/
// (a unit test holds the committed module to this build).
const target = new URL('../../shared/comparators/dataset.ts', import.meta.url);
const text = await datasetModule(await builtDataset());
await writeFile(target, text);
console.log(`wrote shared/comparators/dataset.ts (${(text.length / 1024).toFixed(0)} KB)`);
