import { collectionYearLabel } from '../../../shared/records/ssda903';
import { returnEntries } from '../../../shared/workbook';
import { fileArgument, flag, optional, type CliEnv, type Command, type Output } from '../command';
import { CliError } from '../errors';
import { ownerWords, recheckAfterImport, recheckText, yearOption } from '../import-inputs';
import { actingOn, signedLog } from '../crypto/signer';
import { openWorkbook, saveWorkbook } from '../store';
import { withLock } from '../files/lock';

/** `--year`: a collection year, `auto` (back to the episodes' year), or absent (keep the choice). */
function recheckYear(value: string | undefined) {
  if (value === undefined) return undefined;
  return value.trim().toLowerCase() === 'auto' ? null : yearOption(value);
}

/** `workbook recheck`: checks an owner's stored SSDA903 return again, under a year if given. */
export const recheckCommand: Command = {
  name: 'recheck',
  summary: 'check an owner’s imported SSDA903 return again, under another collection year if given',
  usage: 'recheck <file> [--for council|PROVIDER_ID] [--year 2025/26|auto] [--previous] [--json]',
  details: [
    'Reads the owner’s stored 903 files again, together, and checks them as an import does: with',
    'the previous-year return, the Ofsted provider lists and the council’s LA code as imported now.',
    '--year checks them under that collection year (2025/26 or 2025-26), recorded in the log so a',
    'merge carries it; --year auto goes back to the year the episodes imply; without --year the',
    'year chosen before holds. --previous checks the owner’s previous-year return instead.',
  ],
  options: { for: { type: 'string' }, year: { type: 'string' }, previous: { type: 'boolean' } },
  positionals: ['file'],
  async run(parsed, env) {
    const file = fileArgument(parsed);
    const owner = optional(parsed, 'for') ?? 'council';
    const year = recheckYear(optional(parsed, 'year'));
    const period = flag(parsed, 'previous') ? 'previous' : 'current';
    // Locked from read to write, as every change is.
    return withLock(file, () => recheckInto(file, owner, year, period, env));
  },
};

async function recheckInto(
  file: string,
  owner: string,
  year: Parameters<typeof recheckAfterImport>[5],
  period: 'current' | 'previous',
  env: CliEnv,
): Promise<Output> {
  const opened = await openWorkbook(file);
  if (owner !== 'council' && !opened.workbook.providers.some((p) => p.id === owner)) {
    const known =
      opened.workbook.providers.map((p) => `${p.id} (${p.name})`).join(', ') || 'none yet';
    throw new CliError(
      `${file}: --for "${owner}" is neither "council" nor a provider id. Providers: ${known}.`,
    );
  }
  if (returnEntries(opened.bundle.operations, owner, period).length === 0) {
    throw new CliError(
      `${file}: no ${period === 'previous' ? 'previous-year ' : ''}SSDA903 return of ${ownerWords(owner)} is imported; import it with \`workbook import\`${period === 'previous' ? ' --previous' : ''}.`,
    );
  }
  const acting = await actingOn(file, opened.bundle.operations, env);
  const outcome = recheckAfterImport(
    acting.author,
    opened.bundle.operations,
    opened.bundle.parts,
    [owner],
    period,
    year,
  );
  const [failure] = outcome.failures;
  if (failure !== undefined) throw new CliError(`${file}: ${failure}`);
  await saveWorkbook(
    file,
    opened.sealing,
    opened.bundle.manifest.inspectionId,
    await signedLog(opened.bundle.operations, outcome.operations, acting),
    acting.author,
    outcome.parts,
  );
  const first = outcome.files.find((entry) => entry.year !== undefined);
  const checked =
    first?.year === undefined
      ? undefined
      : {
          ...first.year,
          label: collectionYearLabel(first.year),
          source: first.yearSource ?? 'detected',
        };
  const yearLine =
    checked === undefined
      ? 'No collection year: the episodes have no dates and none was given.'
      : `SSDA903 collection year ${checked.label} (${checked.source === 'given' ? 'chosen' : 'worked out from the episodes'}).`;
  return {
    json: {
      owner,
      ...(period === 'previous' ? { period } : {}),
      ...(checked === undefined ? {} : { year: checked }),
      files: outcome.files.map(({ id, file: name, problems }) => ({ id, file: name, problems })),
    },
    text: [yearLine, ...recheckText(outcome.files)].join('\n'),
  };
}
