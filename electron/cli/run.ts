import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { list, optional, type CliEnv, type Command, type Options } from './command';
import { withKeyFlags } from './crypto/key-flags';
import { CliError, usageError } from './errors';
import { commandEntries, loadCommands, type CommandEntry } from './registry';

/** Where the command writes; `process.stdout`/`stderr` in the real command. */
export type CliIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Today as YYYY-MM-DD (injectable for tests). */
  readonly today?: () => string;
};

const globalOptions: Options = {
  as: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  identity: { type: 'string', multiple: true },
  'pass-env': { type: 'string' },
  recipient: { type: 'string', multiple: true },
};

const globalHelp = [
  'Global flags:',
  '  --as NAME   who is acting: the author of every change (default: your user name); in a',
  '              workbook whose lead signed the team roster, the --identity key says who acts',
  '  --json      print exactly one JSON document on stdout; messages go to stderr',
  '  --help      help for the command',
  '  --identity FILE  an age identity file (age-keygen or `workbook keys new`) that opens',
  '                   encrypted workbooks; repeatable',
  '  --pass-env VAR   the environment variable holding a passphrase: for a workbook encrypted',
  '                   with one, a wrapped --identity file, or a new workbook (without --recipient)',
  '  --recipient KEY  encrypt the workbook written to this age public key (age1…); repeatable.',
  '                   Without it a changed workbook stays encrypted to the same people as before',
  '',
  'Exit codes: 0 done (findings such as warnings and gaps are output, not failures);',
  '1 the job could not be done (a file refused, a change refused); 2 bad usage.',
];

async function overview(): Promise<string> {
  const commands = await loadCommands();
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'workbook: Inspection Workbook on the command line.',
    '',
    'Usage: workbook <command> [arguments] [--as NAME] [--json]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    ...globalHelp,
    '',
    'Run `workbook <command> --help` for a command’s flags.',
  ].join('\n');
}

/** Breaks a long line at spaces into lines of at most `width` characters, indented. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = indent + word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

async function commandHelp(command: Command): Promise<string> {
  // Loaded for help only: the schemas describe every command's output.
  const { jsonOutputSchema } = await import('./json-schemas');
  const { describeJson } = await import('./json-shape');
  const schema = jsonOutputSchema(command.name);
  return [
    `Usage: workbook ${command.usage}`,
    '',
    command.summary.charAt(0).toUpperCase() + command.summary.slice(1) + '.',
    ...(command.details === undefined ? [] : ['', ...command.details]),
    ...(schema === undefined
      ? []
      : ['', ...wrap(`--json prints ${describeJson(schema)}`, 100, '  ')]),
    '',
    ...globalHelp,
  ].join('\n');
}

function findCommand(
  words: readonly string[],
): { entry: CommandEntry; rest: string[] } | undefined {
  const two = commandEntries.find((c) => c.name === `${words[0] ?? ''} ${words[1] ?? ''}`);
  if (two !== undefined) return { entry: two, rest: words.slice(2) };
  const one = commandEntries.find((c) => c.name === words[0]);
  return one === undefined ? undefined : { entry: one, rest: words.slice(1) };
}

function defaultAuthor(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env['USER'] ?? process.env['USERNAME'] ?? 'unknown';
  }
}

/**
 * Runs `workbook` with `argv` (without node and script) and returns the exit
 * code. With `--json`, stdout gets exactly one JSON document (or nothing on
 * failure) and every message goes to stderr.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const wantsJson = argv.includes('--json');
  try {
    const words = argv.filter((arg) => !arg.startsWith('-'));
    if (
      argv.length === 0 ||
      ((argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') && words.length <= 1)
    ) {
      io.out(await overview());
      return argv.length === 0 ? 2 : 0;
    }
    const found = findCommand(argv[0] === 'help' ? argv.slice(1) : argv);
    if (found === undefined) {
      throw usageError(`unknown command "${words.slice(0, 2).join(' ')}"`);
    }
    const { rest } = found;
    const command = await found.entry.load();
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...globalOptions, ...command.options },
        allowPositionals: true,
        strict: true,
      });
    } catch (error: unknown) {
      throw usageError(
        `${command.name}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (parsed.values['help'] === true || argv[0] === 'help') {
      io.out(await commandHelp(command));
      return 0;
    }
    const wanted = command.positionals.length;
    if (parsed.positionals.length < wanted) {
      throw usageError(
        `${command.name} needs ${command.positionals.map((p) => `<${p}>`).join(' ')}`,
      );
    }
    if (parsed.positionals.length > wanted && command.variadic !== true) {
      throw usageError(
        `${command.name}: unexpected argument "${parsed.positionals[wanted] ?? ''}"`,
      );
    }
    const as = parsed.values['as'];
    const env: CliEnv = {
      author: typeof as === 'string' && as.trim() !== '' ? as.trim() : defaultAuthor(),
      named: typeof as === 'string' && as.trim() !== '',
      json: parsed.values['json'] === true,
      today: io.today ?? (() => new Date().toISOString().slice(0, 10)),
    };
    const output = await withKeyFlags(
      {
        identityFiles: list(parsed, 'identity'),
        passEnv: optional(parsed, 'pass-env'),
        recipients: list(parsed, 'recipient'),
        notice: (text) => io.err(`workbook: ${text}`),
      },
      () => command.run(parsed, env),
    );
    io.out(env.json ? JSON.stringify(output.json, null, 2) : output.text);
    for (const line of output.errors ?? []) io.err(`workbook: ${line}`);
    return output.exitCode ?? 0;
  } catch (error: unknown) {
    if (error instanceof CliError) {
      io.err(`workbook: ${error.message}`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`workbook: unexpected failure: ${message}${wantsJson ? '' : ' (please report this)'}`);
    return 1;
  }
}
