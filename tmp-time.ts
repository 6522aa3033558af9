import { generate903 } from './test/support/ssda903-generate';
import { readRecordFiles } from './shared/records/read-files';
import { tablesOf } from './shared/records/ssda903/validate';
import { rulesInForce } from './shared/records/ssda903/dfe/run';
import { collector } from './shared/records/ssda903/rule-context';
import { collectionYear } from './shared/records/ssda903/year';
import { read903Csv } from './shared/records/ssda903';
const g = generate903(100_000);
const enc = new TextEncoder();
const results = [read903Csv('header.csv', enc.encode(g.header)), read903Csv('episodes.csv', enc.encode(g.episodes))] as any;
const tables = tablesOf(results);
const year = collectionYear(2023);
const times: [string, number][] = [];
for (const rule of rulesInForce('2025/26')) {
  const t = performance.now();
  rule.check({ tables, year, ruleYear: '2025/26' }, () => {});
  times.push([rule.code, performance.now() - t]);
}
times.sort((a, b) => b[1] - a[1]);
console.log('total', times.reduce((s, [, v]) => s + v, 0).toFixed(0), times.slice(0, 20).map(([c, v]) => `${c}:${v.toFixed(0)}`).join(' '));
