import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import {
  detectXlsx,
  FileRefusedError,
  readAnnexA,
  readOfstedProviders,
  readXlsx,
} from '../../../../../shared/records/xlsx';
import { ANNEX_A_FIXTURE } from '../../../../support/annex-a/annex-a-workbook';
import { fixtureBytes, PROVIDER_FIXTURES, providerBytes } from './fixture-files';

/** Detection by content, and refusals that name the file and say what to do. */

const annexBytes = fixtureBytes(ANNEX_A_FIXTURE.replace('test/fixtures/', ''));

function refusal(read: () => unknown): FileRefusedError {
  try {
    read();
  } catch (error) {
    if (error instanceof FileRefusedError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('detectXlsx: by content, never by name', () => {
  it('recognises the five provider lists and the Annex A workbook', () => {
    for (const name of PROVIDER_FIXTURES) {
      expect(detectXlsx(name, providerBytes(name))).toBe('ofsted-providers');
    }
    expect(detectXlsx('annex-a-sample.xlsx', annexBytes)).toBe('annex-a');
  });

  it('a provider list named as Annex A is read as a provider list', () => {
    const result = readXlsx('Annex_A_2026.xlsx', providerBytes('combined_scp_ch_fake.xlsx'));
    expect(result.kind).toBe('ofsted-providers');
  });

  it('each reader refuses the other kind, naming the file', () => {
    const asAnnex = refusal(() => readAnnexA('providers.xlsx', providerBytes('ch_fake.xlsx')));
    expect(asAnnex).toMatchObject({ file: 'providers.xlsx', reason: 'annex-a.no-lists' });
    expect(asAnnex.message).toMatch(/^providers\.xlsx is not an Annex A workbook.*List 1/);
    const asProviders = refusal(() => readOfstedProviders('annex.xlsx', annexBytes));
    expect(asProviders).toMatchObject({ reason: 'ofsted-providers.no-settings-sheet' });
    expect(asProviders.message).toMatch(/^annex\.xlsx is not an Ofsted provider list/);
  });

  it('a workbook that is neither is refused, listing its sheets', async () => {
    const budget = new Uint8Array(
      await writeExcelFile([
        {
          sheet: 'Budget',
          data: [
            ['Item', 'Cost'],
            ['Rent', 1200],
          ],
        },
        { sheet: 'List of staff', data: [['Name'], ['A. Worker']] },
      ]).toBuffer(),
    );
    const error = refusal(() => detectXlsx('budget.xlsx', budget));
    expect(error).toMatchObject({ file: 'budget.xlsx', reason: 'xlsx.unknown-workbook' });
    expect(error.message).toContain('"Budget", "List of staff"');
    expect(refusal(() => readXlsx('budget.xlsx', budget)).reason).toBe('xlsx.unknown-workbook');
  });
});

describe('refusals of bytes that are not an xlsx', () => {
  it('CSV text named .xlsx', () => {
    const error = refusal(() => readXlsx('header.xlsx', fixtureBytes('ssda903/header.csv')));
    expect(error).toMatchObject({ file: 'header.xlsx', reason: 'xlsx.text-not-workbook' });
    expect(error.message).toMatch(/^header\.xlsx holds CSV or other text.*rename it to \.csv/);
  });

  it('an empty file, an old .xls (OLE) file, and a zip that is not a workbook', () => {
    expect(refusal(() => readXlsx('empty.xlsx', new Uint8Array())).reason).toBe('xlsx.empty');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const legacy = refusal(() => readXlsx('old.xlsx', ole));
    expect(legacy.reason).toBe('xlsx.legacy-or-encrypted');
    expect(legacy.message).toMatch(/save it as "Excel Workbook \(\*\.xlsx\)"/);
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(refusal(() => readXlsx('letter.xlsx', docx)).reason).toBe('xlsx.no-workbook');
  });

  it('a zip cut short, at any length, is refused (never another error)', () => {
    const bytes = providerBytes('combined_scp_ch_fake.xlsx');
    const half = refusal(() => readXlsx('list.xlsx', bytes.slice(0, bytes.length >> 1)));
    expect(half).toMatchObject({ reason: 'xlsx.corrupt-zip' });
    expect(half.message).toMatch(
      /^list\.xlsx is damaged or not a real workbook: it has no zip table of contents.*Copy or download the workbook again/,
    );
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 1 }), (cut) => {
        expect(refusal(() => readXlsx('list.xlsx', bytes.slice(0, cut)))).toBeInstanceOf(
          FileRefusedError,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('a cell reference beyond the last column (XFD) is refused, not padded out to millions of cells', () => {
    // Found by the flipped-byte property below: a damaged reference made the
    // reader pad one row to 169 million cells and V8 aborted the process.
    const parts = unzipSync(providerBytes('scp_fake.xlsx'));
    const sheetName = Object.keys(parts).find((name) => /^xl\/worksheets\/.+\.xml$/.test(name));
    const sheet = sheetName === undefined ? undefined : parts[sheetName];
    expect(sheet).toBeDefined();
    const xml = strFromU8(sheet ?? new Uint8Array()).replace(/<c r="[A-Z]+/, '<c r="QWERTY');
    const damaged = zipSync({ ...parts, [sheetName ?? '']: strToU8(xml) });
    expect(() => readXlsx('list.xlsx', damaged)).toThrow(FileRefusedError);
    expect(() => readXlsx('list.xlsx', damaged)).toThrow(
      /list\.xlsx is damaged.*beyond the last column/,
    );
  });

  it('a size field claiming hundreds of megabytes is refused before anything is allocated', () => {
    // Found by the flipped-byte property below: a damaged compressed-size
    // field let a 400 MB part past the ratio check, and a few such runs ran
    // the test process out of memory. Every central-directory entry here
    // claims 400 MB compressed into (an impossible) 2 GB.
    const damaged = providerBytes('scp_fake.xlsx').slice();
    const view = new DataView(damaged.buffer, damaged.byteOffset, damaged.byteLength);
    let patched = 0;
    for (let at = 0; at + 46 <= damaged.length; at += 1) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      view.setUint32(at + 20, 0x7fff_ffff, true);
      view.setUint32(at + 24, 400 * 1024 * 1024, true);
      patched += 1;
    }
    expect(patched).toBeGreaterThan(0);
    expect(() => readXlsx('list.xlsx', damaged)).toThrow(/would unpack to more than 1,024 MB/);
  });

  it('a flipped byte either reads or is refused: nothing else is thrown', () => {
    const bytes = providerBytes('scp_fake.xlsx');
    fc.assert(
      fc.property(
        fc.nat({ max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (at, mask) => {
          const damaged = bytes.slice();
          damaged[at] = (damaged[at] ?? 0) ^ mask;
          let outcome = 'read';
          try {
            readXlsx('list.xlsx', damaged);
          } catch (error) {
            outcome = error instanceof FileRefusedError ? 'refused' : String(error);
          }
          expect(['read', 'refused']).toContain(outcome);
        },
      ),
      { numRuns: 300 },
    );
  });
});
