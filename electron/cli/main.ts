import { runCli } from './run';

// The `workbook` command: the same engine as the app, over bundle files.
// No Electron import anywhere under electron/cli/.
const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
