import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ensureIgnoreLine, IGNORE_LINE, withIgnoreLine } from '../../../../shared/sync';
import { memoryFolder } from './sync-helpers';

describe('Syncthing told to ignore our half-written files', () => {
  it('writes .stignore when absent, adds the line to a person’s own, and leaves one that has it', () => {
    expect(withIgnoreLine(undefined)).toContain(`\n${IGNORE_LINE}\n`);
    expect(withIgnoreLine('*.bak')).toBe(
      `*.bak\n// Inspection Workbook: files still being written, never to be carried half done\n${IGNORE_LINE}\n`,
    );
    expect(withIgnoreLine(`*.bak\r\n${IGNORE_LINE}\r\n`)).toBeUndefined();
  });

  it('does so through any host’s folder, writing nothing the second time', async () => {
    const folder = memoryFolder();
    await ensureIgnoreLine(folder);
    await ensureIgnoreLine(folder);
    expect(folder.writes).toEqual(['.stignore']);
    expect(strFromU8(folder.files.get('.stignore') ?? strToU8(''))).toContain(IGNORE_LINE);
  });
});
