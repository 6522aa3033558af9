import type {
  DirectoryHandleLike,
  FileHandleLike,
  WritableLike,
} from '../../../../../renderer/src/features/team-folder/handle-folder';

/*
 * A directory handle in memory, behaving as the File System Access API's
 * does where the tests need it: a missing name rejects with a
 * `NotFoundError` DOMException, a writable stream changes the file only when
 * it closes (until then readers see the old bytes, as the spec's swap file
 * does), and `move` renames within the folder (Chromium's), replacing a
 * file of that name. `withMove: false` is a browser without `move`.
 */

type Node = FakeDirectory | FakeFile;

function notFound(name: string): DOMException {
  return new DOMException(`${name} was not found`, 'NotFoundError');
}

export class FakeFile implements FileHandleLike {
  readonly kind = 'file';
  bytes = new Uint8Array();
  move?: (name: string) => Promise<void>;

  constructor(
    public name: string,
    readonly parent: FakeDirectory,
  ) {
    if (parent.withMove) {
      this.move = async (to: string) => {
        const entries = this.parent.entries;
        entries.delete(this.name);
        this.name = to;
        entries.set(to, this);
      };
    }
  }

  async getFile() {
    const bytes = this.bytes.slice();
    return { size: bytes.length, arrayBuffer: async () => bytes.buffer };
  }

  async createWritable(): Promise<WritableLike> {
    const chunks: Uint8Array[] = [];
    return {
      write: async (data) => void chunks.push(data.slice()),
      close: async () => {
        const total = chunks.reduce((n, c) => n + c.length, 0);
        const out = new Uint8Array(total);
        let at = 0;
        for (const chunk of chunks) {
          out.set(chunk, at);
          at += chunk.length;
        }
        this.bytes = out;
      },
      abort: async () => undefined,
    };
  }
}

export class FakeDirectory implements DirectoryHandleLike {
  readonly kind = 'directory';
  readonly entries = new Map<string, Node>();

  constructor(
    readonly name: string,
    readonly withMove = true,
  ) {}

  async getDirectoryHandle(name: string, options?: { create?: boolean }) {
    const found = this.entries.get(name);
    if (found instanceof FakeDirectory) return found;
    if (found !== undefined) throw new DOMException(name, 'TypeMismatchError');
    if (options?.create !== true) throw notFound(name);
    const made = new FakeDirectory(name, this.withMove);
    this.entries.set(name, made);
    return made;
  }

  async getFileHandle(name: string, options?: { create?: boolean }) {
    const found = this.entries.get(name);
    if (found instanceof FakeFile) return found;
    if (found !== undefined) throw new DOMException(name, 'TypeMismatchError');
    if (options?.create !== true) throw notFound(name);
    const made = new FakeFile(name, this);
    this.entries.set(name, made);
    return made;
  }

  async removeEntry(name: string) {
    if (!this.entries.delete(name)) throw notFound(name);
  }

  async *values() {
    // A copy: entries may change while a caller iterates, as on disk.
    const snapshot = Array.from(this.entries.values());
    yield* snapshot;
  }

  /** Puts a file at `path` (below this folder) with `bytes`, making folders: a colleague's sync engine at work. */
  async put(path: readonly string[], bytes: Uint8Array): Promise<void> {
    const [first = '', ...rest] = path;
    if (rest.length > 0) {
      await (await this.getDirectoryHandle(first, { create: true })).put(rest, bytes);
      return;
    }
    (await this.getFileHandle(first, { create: true })).bytes = bytes.slice();
  }

  /** Every file below this folder, by path. */
  files(prefix = ''): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    for (const [name, node] of this.entries) {
      if (node instanceof FakeFile) out.set(`${prefix}${name}`, node.bytes);
      else for (const [k, v] of node.files(`${prefix}${name}/`)) out.set(k, v);
    }
    return out;
  }
}
