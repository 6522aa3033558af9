import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { format } from 'prettier';
import { buildComparators } from '../../shared/comparators/build';
import { COMPARATOR_FILES } from '../../shared/comparators/files';
import { datasetModuleText } from '../../shared/comparators/module-text';
import type { ComparatorDataset, ComparatorFile } from '../../shared/comparators/types';

/** The copied DfE files the bundled dataset is built from. */
export const comparatorFixtures = path.resolve(import.meta.dirname, '../fixtures/comparators');

/** Every file the build reads, from test/fixtures/comparators/. */
export async function comparatorFiles(): Promise<ComparatorFile[]> {
  return Promise.all(
    COMPARATOR_FILES.map(async (spec) => ({
      name: spec.example,
      text: await readFile(path.join(comparatorFixtures, spec.example), 'utf8'),
    })),
  );
}

/** The bundled dataset, built afresh from the copied files. */
export async function builtDataset(): Promise<ComparatorDataset> {
  const result = buildComparators(await comparatorFiles());
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.dataset;
}

/** dataset.ts as the build writes it (formatted as the repository's prettier settings do). */
export async function datasetModule(dataset: ComparatorDataset): Promise<string> {
  return format(datasetModuleText(dataset), {
    parser: 'typescript',
    singleQuote: true,
    printWidth: 100,
    trailingComma: 'all',
  });
}
