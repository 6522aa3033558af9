import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What makes a test file unfit to share its worker's module graph with other
 * files (https://vitest.dev/config/isolate): a mocked module (vi.mock is
 * hoisted into the module graph every later file would import), a spy, a
 * stubbed global or environment variable, fake timers, another environment
 * than Node, a changed working directory, or a value put on globalThis or
 * process.env by hand. Such a file keeps a fresh module graph of its own.
 */
const NEEDS_ISOLATION =
  /\bvi\.(mock|doMock|unmock|hoisted|spyOn|stubGlobal|stubEnv|useFakeTimers)\b|@vitest-environment|process\.chdir|delete process\.env|process\.env(\.\w+|\[[^\]]+\])\s*=[^=]|globalThis\.\w+\s*=[^=]|fake-indexeddb/;

/**
 * The unit test files under `folder` (relative to `root`) that may run
 * without isolation: every `.test.ts(x)` file whose text shows none of the
 * above. Read when the config loads, so a new test that mocks a module is
 * isolated without anyone listing it.
 */
export function sharedModuleFiles(root, folder) {
  const entries = readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' });
  return entries
    .filter((name) => /\.test\.tsx?$/.test(name))
    .map((name) => path.posix.join(folder, name.split(path.sep).join('/')))
    .filter((file) => !NEEDS_ISOLATION.test(readFileSync(path.join(root, file), 'utf8')))
    .sort();
}
