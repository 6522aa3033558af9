/**
 * The CIN census speed targets (the largest councils report about 50,000
 * children in need a year): a census read and checked — schema and the DfE
 * rules in force — in under 2 s in Node, and its indicators in under 200 ms.
 * The census is generated once, outside the timing (test/support/cin-generate.ts).
 */
import { readRecordFiles, type ParsedFile } from '../../shared/records/read-files';
import {
  indicatorIndexOf,
  indicatorsFromIndex,
  type ImportIndex,
} from '../../shared/records/indicators';
import { importIndexOf } from '../../shared/workbook';
import { generateCinXml } from '../support/cin-generate';
import { timeMs, type Benchmark } from './harness';

const CHILDREN = 50_000;

let bytes: Uint8Array | undefined;
let parsed: ParsedFile | undefined;
let index: ImportIndex | undefined;

function census(): Uint8Array {
  bytes ??= generateCinXml(CHILDREN);
  return bytes;
}

function read(): ParsedFile {
  const [file] = readRecordFiles([{ name: 'cin-census-2026.xml', bytes: census() }]);
  if (file?.kind !== 'cin-census') throw new Error('the generated census was not read as one');
  return file;
}

export const cinBenchmarks: readonly Benchmark[] = [
  {
    name: 'CIN census: read and check 50,000 children, Node',
    target: 'cin-read',
    run: () => {
      census();
      return timeMs(() => {
        parsed = read();
      });
    },
    runs: 3,
  },
  {
    // As the app computes them: the census indexed once at import, then the
    // indicators pooled from the index (council and provider) and counted.
    name: 'CIN census: indicators, 50,000 children',
    target: 'cin-indicators',
    run: () => {
      parsed ??= read();
      const file = parsed;
      index ??= importIndexOf(file);
      const imported = index;
      return timeMs(() =>
        indicatorsFromIndex(
          indicatorIndexOf([
            { kind: 'council', id: 'council', name: 'Council', imports: [imported] },
          ]),
        ),
      );
    },
  },
  {
    name: 'CIN census: index at import, 50,000 children',
    run: () => {
      parsed ??= read();
      const file = parsed;
      return timeMs(() => importIndexOf(file));
    },
  },
];
