import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { readAnnexA } from '../../../../../shared/records/xlsx';
import { ANNEX_A_FIXTURE, buildAnnexAWorkbook } from '../../../../support/annex-a/annex-a-workbook';
import { fixtureBytes } from './fixture-files';

/**
 * Keeps the generator honest: the committed workbook must be what the
 * generator builds now, and a third-party reader must agree on what it holds.
 */

const committed = fixtureBytes(ANNEX_A_FIXTURE.replace('test/fixtures/', ''));

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
  );
}

describe('Annex A generator', () => {
  it('rebuilds the committed fixture part for part (rerun write-annex-a-fixture.ts if not)', async () => {
    const rebuilt = await buildAnnexAWorkbook();
    expect(parts(rebuilt)).toEqual(parts(committed));
  });

  it('the rebuilt workbook reads the same as the committed one', async () => {
    const rebuilt = readAnnexA('annex-a-sample.xlsx', await buildAnnexAWorkbook());
    expect(rebuilt).toEqual(readAnnexA('annex-a-sample.xlsx', committed));
  });

  it('read-excel-file sees the planted cells too: the cached formula date, and #N/A as empty', async () => {
    const sheets = await readXlsxFile(Buffer.from(committed));
    const list10 = sheets.find((sheet) => sheet.sheet === 'List 10');
    const list11 = sheets.find((sheet) => sheet.sheet === 'List 11');
    // L2: Date Placed for Adoption, a formula cached as 2022-06-29.
    expect(list10?.data[1]?.[11]).toEqual(new Date(Date.UTC(2022, 5, 29)));
    // D3: the #N/A error cell, which read-excel-file drops (one reason this reader reads the XML itself).
    expect(list11?.data[2]?.[3]).toBeNull();
    expect(sheets.map((sheet) => sheet.sheet)).toEqual([
      ...Array.from({ length: 11 }, (_, index) => `List ${index + 1}`),
      'Notes',
    ]);
  });
});
