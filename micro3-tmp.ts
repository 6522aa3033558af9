import { generate903 } from './test/support/ssda903-generate';
import { readImportFiles } from './shared/tasks';
import { keptIndexesOf, readOptionsFor } from './shared/workbook';
const g = generate903(100_000);
const small = generate903(Number(process.argv[2] ?? 0));
const t = () => performance.now();
if (small.files.length && Number(process.argv[2])) { const a = t(); const r = readImportFiles(small.files, [], readOptionsFor(undefined, undefined)); r.files.forEach(keptIndexesOf); console.log('warm', (t()-a).toFixed(0)); }
for (let i = 0; i < 3; i++) {
  let a = t();
  const read = readImportFiles(g.files, [], readOptionsFor(undefined, undefined));
  const r = t() - a; a = t();
  read.files.forEach(keptIndexesOf);
  console.log('run', i, r.toFixed(0), (t()-a).toFixed(0));
}
