import { describe, expect, it } from 'vitest';
import {
  authorId,
  inspectionFolder,
  segmentName,
  segmentSeq,
  skipReason,
} from '../../../../shared/sync';

describe('team folder names', () => {
  it('numbers segments with eight digits, and reads back only its own names', () => {
    expect(segmentName(1)).toBe('00000001.segment');
    expect(segmentName(12_345)).toBe('00012345.segment');
    expect(segmentSeq('00000042.segment')).toBe(42);
    expect(() => segmentName(0)).toThrow(RangeError);
    expect(() => segmentName(100_000_000)).toThrow(RangeError);
    for (const name of [
      '00000000.segment',
      '42.segment',
      '00000042.segment.tmp',
      '.syncthing.00000042.segment.tmp',
      '00000042.sync-conflict-20261005-101010-ABCDEFG.segment',
      '00000042 (1).segment',
    ]) {
      expect(segmentSeq(name), name).toBeUndefined();
    }
  });

  it('gives each person a readable, stable folder that differs for names differing only in case', () => {
    expect(authorId('Amara Okafor')).toMatch(/^amara-okafor-[0-9a-f]{12}$/);
    expect(authorId('Amara Okafor')).toBe(authorId('Amara Okafor'));
    expect(authorId('amara okafor')).not.toBe(authorId('Amara Okafor'));
    expect(authorId('Zoë O’Neill')).toMatch(/^zoe-o-neill-[0-9a-f]{12}$/);
    expect(authorId('..')).toMatch(/^member-[0-9a-f]{12}$/);
  });

  it('keeps safe inspection ids as they are and hashes the rest', () => {
    expect(inspectionFolder('insp-a299e87f')).toBe('insp-a299e87f');
    expect(inspectionFolder('Insp A/1')).toMatch(/^insp-a-1-[0-9a-f]{12}$/);
    expect(inspectionFolder('../x')).toMatch(/^x-[0-9a-f]{12}$/);
  });

  it('tells temporary files and conflict copies from names that are simply not ours', () => {
    expect(skipReason('.syncthing.00000001.segment.tmp')).toBe('temporary');
    expect(skipReason('~syncthing~00000001.segment.tmp')).toBe('temporary');
    expect(skipReason('~$index.json')).toBe('temporary');
    expect(skipReason('index.json.tmp')).toBe('temporary');
    expect(skipReason('.index.json.123-abcdefabcdef.workbook-tmp')).toBe('temporary');
    expect(skipReason('00000001.sync-conflict-20261005-101010-ABCDEFG.segment')).toBe(
      'conflict-copy',
    );
    expect(skipReason('notes.docx')).toBe('not-ours');
  });
});
