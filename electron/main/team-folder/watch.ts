import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/*
 * Watching a team folder for a colleague's files arriving. `fs.watch` with
 * `recursive` (https://nodejs.org/api/fs.html#fswatchfilename-options-listener)
 * reports changes on local disks and most synced folders; a network share or
 * removable disk may not report them (or refuse a watch at all, "Caveats"
 * in the same page), so a slow poll of the folder's names, sizes and times
 * runs beside it and catches what the watcher missed.
 */

/** How often the poll looks (ms): the renderer's timer passes catch anything in between. */
export const POLL_MS = 15_000;

/** The folder three levels deep (inspection, author, file) as one string, to compare. */
export async function folderSignature(root: string, depth = 3): Promise<string> {
  const lines: string[] = [];
  async function walk(dir: string, level: number): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        lines.push(`d ${full}`);
        if (level < depth) await walk(full, level + 1);
      } else if (entry.isFile()) {
        const info = await stat(full).catch(() => undefined);
        if (info !== undefined) lines.push(`f ${full} ${info.size} ${info.mtimeMs}`);
      }
    }
  }
  await walk(root, 1);
  return lines.join('\n');
}

/** What the watch needs from Node (a test gives its own). */
export type WatchDeps = {
  readonly watch: (root: string, onEvent: () => void) => { close(): void };
  readonly signature: (root: string) => Promise<string>;
  readonly every: (ms: number, run: () => void) => { stop(): void };
};

/** Node's own. */
export const nodeWatchDeps: WatchDeps = {
  watch(root, onEvent) {
    const watcher: FSWatcher = fsWatch(root, { recursive: true }, onEvent);
    // A watcher that errors (the share went away) is closed; the poll carries on.
    watcher.on('error', () => watcher.close());
    return watcher;
  },
  signature: (root) => folderSignature(root),
  every(ms, run) {
    const timer = setInterval(run, ms);
    timer.unref();
    return { stop: () => clearInterval(timer) };
  },
};

/** Watches `root`, calling `changed` on each change seen; returns the way to stop. */
export function watchFolder(root: string, changed: () => void, deps: WatchDeps): () => void {
  let watcher: { close(): void } | undefined;
  try {
    watcher = deps.watch(root, changed);
  } catch {
    // No watching here (some network shares): the poll alone.
    watcher = undefined;
  }
  let last: string | undefined;
  let busy = false;
  const poll = deps.every(POLL_MS, () => {
    if (busy) return;
    busy = true;
    void deps
      .signature(root)
      .then((now) => {
        if (last !== undefined && now !== last) changed();
        last = now;
      })
      .finally(() => {
        busy = false;
      });
  });
  return () => {
    watcher?.close();
    poll.stop();
  };
}
