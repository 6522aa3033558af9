import { readNeighbours, type NeighboursRead } from './build-neighbours';
import { readStatistics, type LaSighting, type StatisticsRead } from './build-statistics';
import { COMPARATOR_FILES, fileSpecFor, PUBLICATIONS, type ComparatorFileSpec } from './files';
import { MEASURES } from './measures';
import { readCsvTable } from './table';
import {
  LICENCE,
  type ComparatorDataset,
  type ComparatorFile,
  type ComparatorFileProblem,
  type DatasetLa,
  type DatasetNeighbours,
  type DatasetSource,
} from './types';

/** The build's outcome: the dataset, or every problem found (nothing is half-built). */
export type BuildResult =
  | { readonly ok: true; readonly dataset: ComparatorDataset }
  | { readonly ok: false; readonly problems: readonly ComparatorFileProblem[] };

type Read =
  | { readonly spec: ComparatorFileSpec; readonly file: string; readonly stats: StatisticsRead }
  | { readonly spec: ComparatorFileSpec; readonly file: string; readonly sn: NeighboursRead };

/** FNV-1a, 32 bits: a short, stable digest of the source texts for the dataset's version. */
function digest(texts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const text of texts) {
    for (let i = 0; i < text.length; i += 1) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(16).padStart(8, '0');
}

function readOne(file: ComparatorFile, spec: ComparatorFileSpec): Read | ComparatorFileProblem[] {
  const table = readCsvTable(file.name, file.text);
  if (spec.kind === 'statistics') {
    const stats = readStatistics(spec, table);
    return Array.isArray(stats) ? stats : { spec, file: file.name, stats };
  }
  const sn = readNeighbours(spec, table);
  return Array.isArray(sn) ? sn : { spec, file: file.name, sn };
}

/** Which spec each file is, refusing unknown names and a file given twice. */
function identify(files: readonly ComparatorFile[]): {
  found: { spec: ComparatorFileSpec; file: ComparatorFile }[];
  problems: ComparatorFileProblem[];
} {
  const problems: ComparatorFileProblem[] = [];
  const seen = new Set<string>();
  const found: { spec: ComparatorFileSpec; file: ComparatorFile }[] = [];
  for (const file of files) {
    const spec = fileSpecFor(file.name);
    if (spec === undefined) {
      problems.push({
        file: file.name,
        message: `${file.name}: not a DfE file the comparators read (expected one of ${COMPARATOR_FILES.map((s) => s.example).join(', ')})`,
      });
    } else if (seen.has(spec.id)) {
      problems.push({ file: file.name, message: `${file.name}: a second file of the same kind` });
    } else {
      seen.add(spec.id);
      found.push({ spec, file });
    }
  }
  return { found, problems };
}

/** The latest year a source of `base` covers for the same kind of file. */
function loadedUpTo(base: ComparatorDataset, spec: ComparatorFileSpec): number | undefined {
  const source = base.sources.find((s) => fileSpecFor(s.file)?.id === spec.id);
  return source?.years?.[1];
}

/**
 * Builds the comparators dataset from the DfE files. Without `base`, every
 * file in {@link COMPARATOR_FILES} must be given (the bundled build). With
 * `base`, the files given replace the same kind of file in it (a newer
 * release: `comparators update`); a statistics file must bring a year later
 * than the one loaded. Pure: texts in, data out, for the build script, the
 * command and the app alike.
 */
export function buildComparators(
  files: readonly ComparatorFile[],
  base?: ComparatorDataset,
): BuildResult {
  const { found: pairs, problems } = identify(files);
  if (problems.length > 0) return { ok: false, problems };
  if (base === undefined) {
    for (const spec of COMPARATOR_FILES) {
      if (!pairs.some((p) => p.spec.id === spec.id)) {
        problems.push({ file: spec.example, message: `${spec.example}: the file is missing` });
      }
    }
  }
  if (pairs.length === 0 && problems.length === 0) {
    problems.push({ file: '', message: 'no files given' });
  }
  const reads: Read[] = [];
  for (const { spec, file } of pairs) {
    const read = readOne(file, spec);
    if (Array.isArray(read)) problems.push(...read);
    else reads.push(read);
  }
  if (base !== undefined) problems.push(...staleYears(reads, base));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: assemble(reads, files, base) };
}

function staleYears(reads: readonly Read[], base: ComparatorDataset): ComparatorFileProblem[] {
  return reads.flatMap((read) => {
    if (!('stats' in read)) return [];
    const loaded = loadedUpTo(base, read.spec);
    const latest = read.stats.years?.[1];
    if (loaded === undefined || latest === undefined || latest > loaded) return [];
    return [
      {
        file: read.file,
        column: 'time_period',
        message: `${read.file}: time_period goes up to ${latest}, and ${loaded} is already loaded; a newer release must bring a later year`,
      },
    ];
  });
}

function latestSightings(sightings: readonly LaSighting[]): Map<string, DatasetLa> {
  const byCode = new Map<string, LaSighting[]>();
  for (const s of sightings) byCode.set(s.code, [...(byCode.get(s.code) ?? []), s]);
  const las = new Map<string, DatasetLa>();
  for (const [code, seen] of byCode) {
    const ordered = [...seen].sort((a, b) => b.year - a.year || a.newCode.localeCompare(b.newCode));
    const latest = ordered[0];
    if (latest === undefined) continue;
    las.set(code, {
      code,
      newCodes: [...new Set(ordered.map((s) => s.newCode).filter((c) => c !== ''))],
      name: latest.name,
      region: ordered.find((s) => s.region !== '')?.region ?? null,
    });
  }
  return las;
}

function assemble(
  reads: readonly Read[],
  files: readonly ComparatorFile[],
  base: ComparatorDataset | undefined,
): ComparatorDataset {
  const stats = reads.flatMap((r) => ('stats' in r ? [r.stats] : []));
  const replaced = new Set(reads.map((r) => r.spec.id));
  const kept = (file: string) => !replaced.has(fileSpecFor(file)?.id ?? '');
  const regions = new Map((base?.regions ?? []).map((r) => [r.code, r.name]));
  for (const s of stats) for (const [code, name] of s.regions) regions.set(code, name);
  const las = new Map((base?.las ?? []).map((la) => [la.code, la]));
  for (const [code, la] of latestSightings(stats.flatMap((s) => s.las))) las.set(code, la);
  const newMeasures = stats.flatMap((s) => s.measures);
  const measures = MEASURES.flatMap((m) => {
    const found =
      newMeasures.find((n) => n.id === m.id) ??
      base?.measures.find((b) => b.id === m.id && kept(b.file));
    return found === undefined ? [] : [found];
  });
  const sources: DatasetSource[] = [
    ...(base?.sources ?? []).filter((s) => kept(s.file)),
    ...reads.map((r) => ({
      file: r.file,
      publication: PUBLICATIONS[r.spec.publication].title,
      url: PUBLICATIONS[r.spec.publication].url,
      years: 'stats' in r ? r.stats.years : null,
      rows: 'stats' in r ? r.stats.rows : r.sn.rows,
    })),
  ].sort((a, b) => order(a.file) - order(b.file));
  const latest = Math.max(0, ...sources.map((s) => s.years?.[1] ?? 0));
  return {
    format: 1,
    version: `${latest}-${digest([base?.version ?? '', ...files.map((f) => f.text)])}`,
    ...LICENCE,
    regions: [...regions]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, name]) => ({ code, name })),
    las: [...las.values()].sort((a, b) => a.code.localeCompare(b.code)),
    neighbours: neighboursOf(reads, base),
    sources,
    measures,
  };
}

function order(file: string): number {
  const id = fileSpecFor(file)?.id;
  return COMPARATOR_FILES.findIndex((spec) => spec.id === id);
}

/** The 2025 model's groupings, and the April 2021 ones for LAs the 2025 model lacks. */
function neighboursOf(
  reads: readonly Read[],
  base: ComparatorDataset | undefined,
): Record<string, DatasetNeighbours> {
  const byModel = (model: '2025' | '2021'): Map<string, DatasetNeighbours> => {
    const read = reads.find((r) => 'sn' in r && r.spec.kind === `neighbours-${model}`);
    if (read !== undefined && 'sn' in read) return new Map(read.sn.neighbours);
    return new Map(Object.entries(base?.neighbours ?? {}).filter(([, n]) => n.model === model));
  };
  const current = byModel('2025');
  const merged = new Map(current);
  for (const [code, n] of byModel('2021')) if (!current.has(code)) merged.set(code, n);
  return Object.fromEntries([...merged].sort(([a], [b]) => a.localeCompare(b)));
}
