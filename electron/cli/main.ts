import { runCli } from './run';

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

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
