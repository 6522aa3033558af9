import { WORKBOOK_CLI } from './workbook-command';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { workbookJson } from './bundle';

/** A demo provider as `workbook provider list` gives it. */
export type DemoProvider = {
  readonly id: string;
  readonly name: string;
  readonly companyNumber?: string;
  readonly forProfit: boolean;
};

/** The demo's source files on disk, grouped by whose records they are. */
export type DemoFiles = {
  readonly providers: readonly DemoProvider[];
  /** Owner (`council`, `inspection` or a demo provider's name) → file paths. */
  readonly byOwner: ReadonlyMap<string, readonly string[]>;
};

function isProvider(value: unknown): value is DemoProvider {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'id') === 'string' &&
    typeof Reflect.get(value, 'name') === 'string'
  );
}

/**
 * Writes the demo's files (SSDA903 returns, Annex A, the provider list,
 * Companies House extracts) as a user would have them: the `workbook demo`
 * command makes a bundle, and its parts are the files' bytes, named in its
 * imports list.
 */
export function writeDemoFiles(dir: string): DemoFiles {
  mkdirSync(dir, { recursive: true });
  const bundle = path.join(dir, 'demo.inspection');
  execFileSync(process.execPath, [WORKBOOK_CLI, 'demo', '--out', bundle], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const listed: unknown = Reflect.get(
    Object(workbookJson('provider', 'list', bundle)),
    'providers',
  );
  const providers = Array.isArray(listed) ? listed.filter(isProvider) : [];
  const imports: unknown = Reflect.get(Object(workbookJson('imports', 'list', bundle)), 'imports');
  const zip = unzipSync(new Uint8Array(readFileSync(bundle)));
  const byOwner = new Map<string, string[]>();
  for (const entry of Array.isArray(imports) ? imports : []) {
    const owner = String(Reflect.get(Object(entry), 'owner'));
    const name = String(Reflect.get(Object(entry), 'fileName'));
    const bytes = zip[`parts/imports/${String(Reflect.get(Object(entry), 'sha256'))}`];
    if (bytes === undefined) throw new Error(`the demo bundle lacks the bytes of ${name}`);
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const key = providers.find((p) => p.id === owner)?.name ?? owner;
    byOwner.set(key, [...(byOwner.get(key) ?? []), file]);
  }
  return { providers, byOwner };
}
