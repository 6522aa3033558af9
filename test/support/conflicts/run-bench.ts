/**
 * Quick figures for the conflict-of-interest engine, without the full
 * `npm run bench` (which builds the renderer first):
 * `npx tsx test/support/conflicts/run-bench.ts`.
 */
import { readBasicCompanyData, readPscSnapshot } from '../../../shared/records/companies-house';
import { median, timeMs } from '../../bench/harness';
import {
  basicCompanyDataCsv,
  pscSnapshot,
} from '../../unit/shared/records/companies-house/ch-files';
import { conflictBenchmarks, buildRegisterGraph, detectForCouncil } from './conflicts-bench';
import { generateNationalRegister } from './national-register';

const started = performance.now();
const data = generateNationalRegister();
console.log(`generated in ${(performance.now() - started).toFixed(0)} ms:`, data.stats);
const graph = buildRegisterGraph(data);
const report = detectForCouncil(data, graph);
console.log(
  `graph: ${graph.nodes.size} nodes, ${graph.owners.size} owners, ${graph.problems.length} problems; ` +
    `report: ${report.conflicts.length} conflicts, ${report.leads.length} leads, ${report.skipped.length} skipped`,
);
for (const bench of conflictBenchmarks) {
  for (let i = 0; i < (bench.warmups ?? 1); i += 1) await bench.run();
  const figures: number[] = [];
  for (let i = 0; i < (bench.runs ?? 5); i += 1) figures.push(await bench.run());
  const sorted = [...figures].sort((a, b) => a - b);
  console.log(
    `${bench.name}: median ${median(figures).toFixed(1)} ms (min ${sorted[0]?.toFixed(1)}, max ${sorted.at(-1)?.toFixed(1)})`,
  );
}

// Reading the same data as bulk files (BasicCompanyData CSV and PSC JSON lines).
const csv = basicCompanyDataCsv(
  data.companies.companies.map((c) => ({ name: c.name, number: c.number })),
);
const jsonl = pscSnapshot(
  data.pscs.pscs.map((p) =>
    JSON.stringify({
      company_number: p.company,
      data: {
        kind: p.kind,
        name: p.name,
        natures_of_control: p.natures,
        notified_on: p.notifiedOn,
        ...(p.ceasedOn === null ? {} : { ceased_on: p.ceasedOn }),
        ...(p.identification === null
          ? {}
          : {
              identification: {
                registration_number: p.identification.registrationNumber,
                country_registered: p.identification.countryRegistered,
                place_registered: p.identification.placeRegistered,
              },
            }),
      },
    }),
  ),
);
const csvBytes = new TextEncoder().encode(csv);
const jsonBytes = new TextEncoder().encode(jsonl);
for (const [label, work] of [
  [
    `read ${(csvBytes.length / 1e6).toFixed(1)} MB basic company data`,
    () => readBasicCompanyData('b.csv', csvBytes),
  ],
  [
    `read ${(jsonBytes.length / 1e6).toFixed(1)} MB PSC snapshot`,
    () => readPscSnapshot('p.txt', jsonBytes),
  ],
] as const) {
  const figures: number[] = [];
  for (let i = 0; i < 6; i += 1) figures.push(await timeMs(work));
  console.log(`${label}: median ${median(figures.slice(1)).toFixed(1)} ms`);
}
