import { findClashes, materialise, type Operation } from '../../../../shared/bundle';
import type { Result } from '../../../../shared/util/result';
import {
  addEvidence,
  createInspection,
  createSession,
  setSummary,
  type CommandContext,
  type CommandOutcome,
} from '../../../../shared/workbook';
import { sha256Hex } from '../../../../shared/bundle/sha256';
import {
  attachmentPartName,
  plainCrypt,
  syncPass,
  type FolderEntry,
  type SyncCrypt,
  type SyncFolder,
  type SyncPassResult,
} from '../../../../shared/sync';

/** A team folder in memory: path → bytes, and every path written, in order. */
export type MemoryFolder = SyncFolder & {
  readonly files: Map<string, Uint8Array>;
  readonly writes: string[];
};

/** A team folder held in a map, behaving as the file system one does (create never overwrites). */
export function memoryFolder(): MemoryFolder {
  const files = new Map<string, Uint8Array>();
  const writes: string[] = [];
  return {
    files,
    writes,
    list(parts) {
      const prefix = parts.length === 0 ? '' : `${parts.join('/')}/`;
      const seen = new Map<string, FolderEntry>();
      for (const [name, bytes] of files) {
        if (!name.startsWith(prefix)) continue;
        const [first = '', ...rest] = name.slice(prefix.length).split('/');
        seen.set(
          first,
          rest.length > 0
            ? { name: first, kind: 'folder', size: 0 }
            : { name: first, kind: 'file', size: bytes.length },
        );
      }
      return Promise.resolve([...seen.values()]);
    },
    read(parts) {
      return Promise.resolve(files.get(parts.join('/'))?.slice());
    },
    create(parts, bytes) {
      const name = parts.join('/');
      if (files.has(name)) return Promise.resolve(false);
      files.set(name, bytes.slice());
      writes.push(name);
      return Promise.resolve(true);
    },
    replace(parts, bytes) {
      const name = parts.join('/');
      files.set(name, bytes.slice());
      writes.push(name);
      return Promise.resolve();
    },
  };
}

/** One member's copy of the workbook. */
export type Member = {
  readonly name: string;
  ops: readonly Operation[];
  parts: Record<string, Uint8Array>;
};

let ids = 0;
let wall = Date.UTC(2026, 9, 5, 9);

/** Runs a workbook command on the member's copy, as they would in the app. */
export function act(
  who: Member,
  command: (context: CommandContext) => Result<CommandOutcome>,
): string {
  const session = createSession({
    newId: (prefix) => `${prefix}-${(ids += 1)}`,
    now: () => new Date(wall).toISOString(),
    wallClock: () => (wall += 1000),
    operations: who.ops,
  });
  const id = session.run(who.name, command);
  who.ops = session.operations;
  return id;
}

/** The inspection the lead creates; everyone starts from a copy of it. */
export function baseLog(): readonly Operation[] {
  const lead: Member = { name: 'Lead', ops: [], parts: {} };
  act(lead, (c) =>
    createInspection(c, {
      kind: 'ilacs-standard',
      council: { name: 'Northmoor', laCode: '899' },
      onSite: { start: '2026-10-05', end: '2026-10-16' },
      team: [{ name: 'Lead', role: 'lead' }],
    }),
  );
  return lead.ops;
}

/** A member holding a copy of `ops`. */
export function member(name: string, ops: readonly Operation[]): Member {
  return { name, ops: [...ops], parts: {} };
}

/** Records a piece of evidence; returns its id. */
export function evidence(m: Member, text: string): string {
  return act(m, (c) =>
    addEvidence(c, {
      source: 'council',
      areas: ['children-in-care'],
      finding: 'strength',
      text,
      kind: 'case-sampling',
      relatesTo: '2026-10-05',
    }),
  );
}

/** Sets the headline summary. */
export function summary(m: Member, text: string): void {
  act(m, (c) => setSummary(c, text));
}

/** One pass for `m`, applied to their copy as the command saves it. */
export async function pass(
  m: Member,
  folder: SyncFolder,
  crypt: SyncCrypt = plainCrypt,
  inspectionId = inspectionOf(m),
): Promise<SyncPassResult> {
  const result = await syncPass({
    folder,
    crypt,
    inspectionId,
    operations: m.ops,
    parts: m.parts,
    author: m.name,
    now: () => new Date(wall),
  });
  if (result.changed) {
    m.ops = result.operations;
    m.parts = { ...result.parts };
  }
  return result;
}

/** The member's inspection id. */
export function inspectionOf(m: Member): string {
  const [id] = Object.keys(materialise(m.ops)['inspection'] ?? {});
  if (id === undefined) throw new Error('no inspection');
  return id;
}

/** What two copies must agree on: the records, and the clashes. */
export function view(m: Member) {
  return { state: materialise(m.ops), clashes: findClashes(m.ops) };
}

/** Attaches `bytes` as `name` to evidence item `id`, holding them as the workbook does. */
export function attach(m: Member, id: string, name: string, bytes: Uint8Array): string {
  const sha = sha256Hex(bytes);
  act(m, (c) => {
    const op = c.recorder.change({
      entity: 'evidence',
      id,
      field: 'attachments',
      value: [{ name, sha256: sha }],
    });
    return { ok: true, data: { id, operations: op === null ? [] : [op] } };
  });
  m.parts[attachmentPartName(sha)] = bytes;
  return sha;
}
