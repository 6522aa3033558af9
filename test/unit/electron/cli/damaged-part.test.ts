import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, workDir } from './helpers';

/**
 * The command reads a workbook's parts (imported files and what was read
 * from them) when it first needs them: a damaged part is refused, naming the
 * file, by every command that reads it, and does not stop one that does not.
 */
describe('a workbook with a damaged imported file', () => {
  let damaged = '';

  beforeAll(async () => {
    const dir = await workDir();
    const demo = path.join(dir, 'demo.inspection');
    const made = await run(['demo', '--out', demo]);
    if (made.code !== 0) throw new Error(`the demo was not written: ${made.stderr}`);
    const entries = unzipSync(new Uint8Array(await readFile(demo)));
    const read = Object.keys(entries).find((name) => name.startsWith('parts/imports/'));
    if (read === undefined) throw new Error('the demo holds no imported file');
    // Stored uncompressed, so one flipped byte leaves the zip readable but the checksum wrong.
    const zippable: Zippable = {};
    for (const [name, bytes] of Object.entries(entries)) {
      zippable[name] = name === read ? [bytes, { level: 0 }] : bytes;
    }
    const bytes = zipSync(zippable);
    const body = entries[read] ?? new Uint8Array();
    const at = bytes.findIndex((_, i) => body.subarray(0, 64).every((b, j) => bytes[i + j] === b));
    if (at <= 0) throw new Error('the stored part was not found in the zip');
    bytes[at + 40] = (bytes[at + 40] ?? 0) ^ 1;
    damaged = path.join(dir, 'damaged.inspection');
    await writeFile(damaged, bytes);
  }, 60_000);

  it('is refused, naming the file and the part, by a command that reads it', async () => {
    const result = await run(['indicators', damaged]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^workbook: .*damaged\.inspection: "parts\/imports\/.*" .*damaged/,
    );
    expect(result.stderr).not.toMatch(/unexpected failure/);
  });

  it('does not stop a command that never reads it', async () => {
    const result = await run(['judge', damaged, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveProperty('judgements');
  });
});
