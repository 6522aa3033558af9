import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The third-party fixtures in test/fixtures/ are copied byte for byte from
 * shared/fixtures/ (NOTICE.md gives their provenance and SHA-256). These tests
 * keep them unchanged: a line-ending conversion or an edit fails here.
 */
const fixtures = path.resolve(import.meta.dirname, '../../../fixtures');

/** Parses the `## SHA-256` block of NOTICE.md: `<hex> <relative path>` per line. */
function listedChecksums(): Map<string, string> {
  const notice = readFileSync(path.join(fixtures, 'NOTICE.md'), 'utf8');
  const start = notice.indexOf('## SHA-256');
  const listed = new Map<string, string>();
  for (const line of notice.slice(start).split('\n')) {
    const match = /^([0-9a-f]{64}) (\S+)$/.exec(line.trim());
    if (match?.[1] !== undefined && match[2] !== undefined) listed.set(match[2], match[1]);
  }
  return listed;
}

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(fixtures, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(fixtures, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

const listed = listedChecksums();

describe('test/fixtures checksums (NOTICE.md)', () => {
  it('lists the 61 copied files', () => {
    expect(listed.size).toBe(61);
  });

  it.each([...listed])('%s has its listed SHA-256', (file, sha) => {
    const bytes = readFileSync(path.join(fixtures, file));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha);
  });

  it('lists every file under ssda903/, ofsted-providers/, annex-a/, cin/ and comparators/', () => {
    const present = [
      ...filesUnder('ssda903'),
      ...filesUnder('ofsted-providers'),
      ...filesUnder('annex-a'),
      ...filesUnder('cin'),
      ...filesUnder('comparators'),
    ].filter((file) => file !== 'annex-a/annex-a-sample.xlsx');
    expect(present.filter((file) => !listed.has(file))).toEqual([]);
    expect(present).toHaveLength(listed.size);
  });
});
