import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { createOpenFilesHandler, createSaveFileHandler } =
  await import('../../../../electron/main/ipc/handlers/dialogs');

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'workbook-dialogs-'));
}

describe('open-files handler', () => {
  it('reads the bytes of every chosen file', async () => {
    const dir = await tempDir();
    const a = path.join(dir, 'episodes.csv');
    await writeFile(a, 'CHILD,DECOM\n1,01/04/2024\n');
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: [a] }));
    const handler = createOpenFilesHandler({
      // @ts-expect-error only the method the handler uses
      dialog: { showOpenDialog },
      window: () => undefined,
    });
    const answer = await handler({
      multiple: true,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    expect(answer.canceled).toBe(false);
    expect(answer.files).toHaveLength(1);
    expect(answer.files[0]?.name).toBe('episodes.csv');
    expect(new TextDecoder().decode(answer.files[0]?.bytes)).toContain('CHILD,DECOM');
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openFile', 'multiSelections'] }),
    );
  });

  it('returns nothing when the user cancels', async () => {
    const handler = createOpenFilesHandler({
      // @ts-expect-error only the method the handler uses
      dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
      window: () => undefined,
    });
    expect(await handler({ multiple: false })).toEqual({ canceled: true, files: [] });
  });
});

describe('save-file handler', () => {
  it('writes the bytes where the user chose', async () => {
    const target = path.join(await tempDir(), 'report.pdf');
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }));
    const handler = createSaveFileHandler({
      // @ts-expect-error only the method the handler uses
      dialog: { showSaveDialog },
      window: () => undefined,
    });
    const bytes = new TextEncoder().encode('%PDF-1.7 test');
    const answer = await handler({ suggestedName: 'report.pdf', bytes });
    expect(answer).toEqual({ saved: true, path: target, size: bytes.byteLength });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 test');
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: 'report.pdf' }),
    );
  });

  it('writes nothing when the user cancels', async () => {
    const handler = createSaveFileHandler({
      // @ts-expect-error only the method the handler uses
      dialog: { showSaveDialog: async () => ({ canceled: true, filePath: '' }) },
      window: () => undefined,
    });
    expect(await handler({ suggestedName: 'x.pdf', bytes: new Uint8Array([1]) })).toEqual({
      saved: false,
    });
  });
});
