#!/usr/bin/env node
// The npm registry mirror our machines reach carries only the linux-x64 builds
// of some native packages (oxlint, oxlint-tsgolint, sass-embedded). `npm install`
// copes, but then records optional dependencies it could not resolve, and
// `npm ci` refuses the lock file as "out of sync". This drops, from each
// package's optionalDependencies in package-lock.json, the names that have no
// entry of their own. Run it after any `npm install`: `node .ci/prune-lock.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const present = new Set(
  Object.keys(lock.packages).map((key) => key.replace(/^.*node_modules\//, '')),
);
let pruned = 0;
for (const entry of Object.values(lock.packages)) {
  if (entry.optionalDependencies === undefined) continue;
  for (const name of Object.keys(entry.optionalDependencies)) {
    if (!present.has(name)) {
      delete entry.optionalDependencies[name];
      pruned += 1;
    }
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: pruned ${pruned} unresolvable optional dependencies`);
