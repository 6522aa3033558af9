import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundledComparators } from '../../../shared/comparators/bundled';
import { councilComparators, type Figure } from '../../../shared/comparators/compare';
import type { ComparatorFile } from '../../../shared/comparators/types';
import { applyComparatorUpdate } from '../../../shared/comparators/update';
import { fileArgument, type Command } from '../command';
import {
  currentComparators,
  readComparatorsStore,
  writeComparatorsStore,
} from '../comparators-store';
import { CliError, usageError } from '../errors';
import { openWorkbook } from '../store';

function shown(figure: Figure): string {
  if (figure.value !== null) return String(figure.value);
  return figure.symbol === undefined ? '—' : `not published (${figure.symbol})`;
}

/** `workbook comparators`: the council beside England, its region and its statistical neighbours. */
export const comparatorsCommand: Command = {
  name: 'comparators',
  summary: 'the council’s published DfE figures beside England, its region and its neighbours',
  usage: 'comparators <file> [--json]',
  details: [
    'For the inspection’s council (its DfE LA number), each published measure for the latest year:',
    'England, the region, the average of its 10 statistical neighbours (each listed in --json) and',
    'the council’s own figure. Needs no imported records. A figure DfE did not publish shows as',
    '"not published" with its symbol (c suppressed, x not available, z not applicable…).',
  ],
  options: {},
  positionals: ['file'],
  async run(parsed) {
    const { workbook } = await openWorkbook(fileArgument(parsed));
    const { dataset, from } = await currentComparators();
    const council = workbook.inspection.council;
    const result = councilComparators(dataset, council.laCode, council.name);
    const head =
      result.la.region === null
        ? `${result.la.name} (LA ${result.la.code}) is not in the DfE files: England’s figures only.`
        : `${result.la.name} (LA ${result.la.code}), ${result.la.region}. Statistical neighbours: ${result.neighbours.map((n) => n.name).join(', ')}.`;
    const lines = [
      head,
      `DfE figures, ${from === 'bundled' ? 'bundled with the workbook' : 'from the update loaded'} (version ${dataset.version}). ${dataset.attribution}`,
      '',
      ...result.measures.map(
        (m) =>
          `${m.label} (${m.year ?? '—'}): England ${shown(m.england)}, region ${shown(m.region)}, neighbours ${m.neighbours.average ?? '—'} (${m.neighbours.published} of ${m.neighbours.each.length}), council ${shown(m.la)}`,
      ),
    ];
    return { json: result, text: lines.join('\n') };
  },
};

async function readInputs(paths: readonly string[]): Promise<ComparatorFile[]> {
  return Promise.all(
    paths.map(async (filePath) => {
      try {
        return { name: path.basename(filePath), text: await readFile(filePath, 'utf8') };
      } catch (error: unknown) {
        throw new CliError(
          `${filePath}: cannot be read (${error instanceof Error ? error.message : String(error)}).`,
        );
      }
    }),
  );
}

/** `workbook comparators update`: loads a newer DfE release into the user's store. */
export const comparatorsUpdateCommand: Command = {
  name: 'comparators update',
  summary:
    'load a newer DfE release of the comparator files (the bundled figures stay the fallback)',
  usage: 'comparators update <paths…> [--json]',
  details: [
    'Each file must be one the comparators read (same name pattern and columns) and bring a year',
    'later than the one loaded. If any file is refused, nothing stored changes. The update is kept',
    'in $WORKBOOK_COMPARATORS_DIR, else $XDG_DATA_HOME/inspection-workbook (~/.local/share/…),',
    'as comparators.json, with a record of every update.',
  ],
  options: {},
  positionals: [],
  variadic: true,
  async run(parsed, env) {
    if (parsed.positionals.length === 0) throw usageError('name at least one DfE file to load');
    const files = await readInputs(parsed.positionals);
    const stored = await readComparatorsStore();
    const result = applyComparatorUpdate(
      files,
      stored,
      bundledComparators(),
      env.author,
      new Date().toISOString(),
    );
    if (!result.ok) {
      throw new CliError(
        `Nothing was loaded:\n${result.problems.map((p) => `  ${p.message}`).join('\n')}`,
      );
    }
    const { load } = result;
    const where = await writeComparatorsStore(result.store);
    return {
      json: { version: load.version, store: where, files: load.files },
      text: [
        `Loaded ${load.files.length} file(s) into ${where} (version ${load.version}):`,
        ...load.files.map(
          (f) =>
            `  ${f.name}: ${f.rows} rows${f.years === null ? '' : `, ${f.years[0]}–${f.years[1]}`}`,
        ),
      ].join('\n'),
    };
  },
};
