import { createHash } from 'node:crypto';
import { parseHlc, type Clash, type ClashSide } from '../../../shared/bundle';
import { syncPass, type SyncPassResult } from '../../../shared/sync';
import { type Command } from '../command';
import { CliError, usageError } from '../errors';
import { withLock } from '../files/lock';
import { openWorkbook, saveWorkbook } from '../store';
import { syncCrypt } from './sync-crypt';
import { isFolder, nodeSyncFolder } from './sync-folder';
import { ensureIgnored } from './sync-ignore';

function side(clash: ClashSide) {
  const wall = parseHlc(clash.hlc)?.wallMs;
  return {
    value: clash.value,
    author: clash.author,
    at: wall === undefined ? null : new Date(wall).toISOString(),
    op: clash.opId,
  };
}

/** A clash as `workbook merge --json` prints it. */
function clashJson(c: Clash) {
  return {
    entity: c.entity,
    id: c.id,
    field: c.field,
    kept: side(c.kept),
    other: side(c.other),
    authors: c.authors,
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function describe(result: SyncPassResult, total: number): string {
  const { written } = result;
  const clashes = result.clashes.map(clashJson);
  return [
    written === null
      ? 'Nothing new of yours to write.'
      : `Wrote ${plural(written.operations, 'change')} of yours as ${result.root}/${result.authorId}/${String(written.seq).padStart(8, '0')}.segment.`,
    ...(result.arrivals.length === 0
      ? ['Nothing new from the team.']
      : result.arrivals.map(
          (a) =>
            `Merged ${plural(a.changes, 'change')} from ${a.author} (${plural(a.segments, 'segment')}).`,
        )),
    `The workbook holds ${plural(total, 'change')}.`,
    clashes.length === 0 ? 'No clashes.' : `${clashes.length} clash(es) to review:`,
    ...clashes.map(
      (c) =>
        `  ${c.entity} ${c.id} ${c.field}: kept ${JSON.stringify(c.kept.value)} (${c.kept.author}, ${c.kept.at ?? '?'}), other ${JSON.stringify(c.other.value)} (${c.other.author}, ${c.other.at ?? '?'})`,
    ),
    ...result.waiting.map((w) => `Waiting for ${w.file}: ${w.reason}.`),
  ].join('\n');
}

/** `workbook sync`: one pass over a team folder. */
export const syncCommand: Command = {
  name: 'sync',
  summary: 'share the workbook through a team folder: write your changes, merge the team’s',
  usage: 'sync <file> <folder> [--json]',
  details: [
    '<folder> is a folder every member’s sync engine keeps in step (OneDrive or SharePoint, a',
    'network share, Syncthing, a USB stick). One pass writes your changes since your last pass',
    'as a new file under <folder>/<inspection>/<you>/ (encrypted as the workbook is), then merges',
    'every colleague’s files not merged yet, as `merge` does, listing each clash. Imported files',
    'and evidence attachments travel as files of their own, each checked by its SHA-256. Files still',
    'arriving are left for the next pass; a damaged file, one that cannot be decrypted or one',
    'of another inspection is named once and left where it is. Nobody else’s file is changed.',
    'The folder’s .stignore (Syncthing’s ignore list) gets one line, so files still being',
    'written are never carried half done.',
  ],
  options: {},
  positionals: ['file', 'folder'],
  async run(parsed, env) {
    const [file, folder] = parsed.positionals;
    if (file === undefined || folder === undefined) {
      throw usageError('sync needs a workbook file and a team folder');
    }
    if (!(await isFolder(folder))) {
      throw new CliError(
        `${folder}: no such folder. Give the team folder your sync engine keeps in step (create it first).`,
      );
    }
    return withLock(file, async () => {
      const opened = await openWorkbook(file);
      let result: SyncPassResult;
      try {
        await ensureIgnored(folder);
        result = await syncPass({
          folder: nodeSyncFolder(folder),
          crypt: await syncCrypt(file, opened.sealing),
          inspectionId: opened.bundle.manifest.inspectionId,
          operations: opened.bundle.operations,
          parts: opened.bundle.parts,
          author: env.author,
          sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
        });
      } catch (error: unknown) {
        if (error instanceof CliError) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new CliError(`${folder}: the team folder could not be used (${reason}).`);
      }
      if (result.changed) {
        await saveWorkbook(
          file,
          opened.sealing,
          opened.bundle.manifest.inspectionId,
          result.operations,
          env.author,
          result.parts,
        );
      }
      const written = result.written;
      return {
        json: {
          folder: result.root,
          authorId: result.authorId,
          written:
            written === null
              ? null
              : {
                  seq: written.seq,
                  operations: written.operations,
                  files: written.files,
                  attachments: written.attachments,
                },
          merged: result.arrivals.map((a) => ({
            author: a.author,
            authorId: a.authorId,
            segments: a.segments,
            changes: a.changes,
          })),
          operations: result.operations.length,
          clashes: result.clashes.map(clashJson),
          editsOfDeleted: result.editsOfDeleted.length,
          refused: result.refused,
          waiting: result.waiting,
          team: result.team,
        },
        text: describe(result, result.operations.length),
        errors: result.refused.map(
          (r) => `refused ${r.file}: ${r.reason}; it was left where it is.`,
        ),
      };
    });
  },
};
