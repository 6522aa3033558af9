import { strFromU8, strToU8 } from 'fflate';
import type { SyncFolder } from './folder';

/*
 * Our files still being written (a leading dot, ending `.workbook-tmp`) live
 * a moment in the team folder before they get their name. A sync engine
 * that scans in that moment carries a file that is gone when a colleague's
 * copy asks for it, and Syncthing then pauses the whole folder for a minute.
 * Syncthing reads ignore patterns from `.stignore` at the folder's root and
 * never shares that file (https://docs.syncthing.net/users/ignoring.html);
 * `(?d)` lets it delete a folder that holds only ignored files. Other
 * engines ignore this file.
 */

/** Syncthing's ignore file, at the team folder's root. */
export const IGNORE_FILE = '.stignore';
/** The pattern for our temporary files. */
export const IGNORE_LINE = '(?d)*.workbook-tmp';
/** The comment written above it. */
export const IGNORE_COMMENT =
  '// Inspection Workbook: files still being written, never to be carried half done';

/**
 * The ignore file's text with our line added, keeping every line already
 * there; undefined when it has the line already.
 */
export function withIgnoreLine(existing: string | undefined): string | undefined {
  if (existing === undefined) return `${IGNORE_COMMENT}\n${IGNORE_LINE}\n`;
  if (existing.split(/\r?\n/).some((line) => line.trim() === IGNORE_LINE)) return undefined;
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  return `${existing}${separator}${IGNORE_COMMENT}\n${IGNORE_LINE}\n`;
}

/**
 * Makes sure the team folder's `.stignore` has our line (through any
 * host's folder): written when absent, the line added when a person's own
 * file lacks it, every line already there kept.
 */
export async function ensureIgnoreLine(folder: SyncFolder): Promise<void> {
  const bytes = await folder.read([IGNORE_FILE]);
  const next = withIgnoreLine(bytes === undefined ? undefined : strFromU8(bytes));
  if (next !== undefined) await folder.replace([IGNORE_FILE], strToU8(next));
}
