import { runBounded } from './heap';

// The `workbook` command: the same engine as the app, over bundle files.
// No Electron import anywhere under electron/cli/. Built to dist-cli/workbook.mjs
// (vite.cli.config.ts), the package's `bin`.

// A reader that stops early (`workbook log x.inspection | head`) closes the pipe: that is
// the reader's choice, not a failure, so stop quietly as other Unix tools do
// (https://nodejs.org/api/errors.html#common-system-errors, EPIPE).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// With no heap bound given, the command runs again in a child that has one (heap.ts).
const child = await runBounded();
if (child === undefined) {
  const { runCli } = await import('./run');
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
} else process.exitCode = child;
