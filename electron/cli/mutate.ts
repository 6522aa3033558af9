import type { Result } from '../../shared/util/result';
import type { CommandContext, CommandOutcome } from '../../shared/workbook';
import type { CliEnv, Output } from './command';
import { actingOn, signedLog } from './crypto/signer';
import { CliError } from './errors';
import { withLock } from './files/lock';
import { commandContext, openWorkbook, saveWorkbook } from './store';

/**
 * Runs one change against a workbook file: read and check the file, apply
 * the command, and write the file back only if the command succeeded — a
 * refused change leaves the file byte-for-byte as it was. The file is locked
 * from read to write, so changes made at once by two commands are both kept.
 */
export async function mutate(
  file: string,
  env: CliEnv,
  change: (context: CommandContext) => Result<CommandOutcome>,
  describe: (id: string) => string = (id) => id,
): Promise<Output> {
  return withLock(file, () => changeFile(file, env, change, describe));
}

async function changeFile(
  file: string,
  env: CliEnv,
  change: (context: CommandContext) => Result<CommandOutcome>,
  describe: (id: string) => string,
): Promise<Output> {
  const opened = await openWorkbook(file);
  const log = opened.bundle.operations;
  // In a signed workbook the key says who acts, and their changes are signed (crypto/signer.ts).
  const acting = await actingOn(file, log, env);
  const context = commandContext(acting.author, log);
  const outcome = change(context);
  if (!outcome.ok) throw new CliError(`${file}: ${outcome.error.message}`);
  await saveWorkbook(
    file,
    opened.sealing,
    opened.bundle.manifest.inspectionId,
    await signedLog(log, [...log, ...outcome.data.operations], acting),
    acting.author,
    opened.bundle.parts,
  );
  return { json: { id: outcome.data.id }, text: describe(outcome.data.id) };
}
