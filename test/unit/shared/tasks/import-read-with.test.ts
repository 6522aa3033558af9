import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../../../shared/records/read-files';
import { readImportFiles } from '../../../../shared/tasks';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures');

function fixture(...parts: string[]): InputFile {
  return {
    name: parts.at(-1) ?? '',
    bytes: new Uint8Array(readFileSync(path.join(fixtures, ...parts))),
  };
}

/** A stored file that counts how often a reader looks at its bytes. */
function watched(file: InputFile): { file: InputFile; looks: () => number } {
  let looks = 0;
  const seen = {
    name: file.name,
    get bytes() {
      looks += 1;
      return file.bytes;
    },
  };
  return { file: seen, looks: () => looks };
}

describe('the stored files an import call is read with', () => {
  it('reads an owner’s stored 903 tables with a new 903 file (the checks across the return)', () => {
    const header = watched(fixture('ssda903', 'header.csv'));
    const read = readImportFiles([fixture('ssda903', 'episodes.csv')], [header.file]);
    expect(read.read).toEqual([true]);
    expect(header.looks()).toBeGreaterThan(0);
  });

  it('reads a CIN census alone: the stored 903 tables are never opened', () => {
    const header = watched(fixture('ssda903', 'header.csv'));
    const read = readImportFiles([fixture('cin', 'samples', 'CIN_Census_2024.xml')], [header.file]);
    expect(read.read).toEqual([true]);
    expect(read.files.map((file) => file.kind)).toEqual(['cin-census']);
    expect(header.looks()).toBe(0);
  });
});
