import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  FileRefusedError,
  detectCompaniesHouse,
  readBasicCompanyData,
  readCompaniesHouse,
  readPscSnapshot,
} from '../../../../../shared/records/companies-house';
import {
  basicCompanyDataCsv,
  companyFields,
  corporatePscLine,
  individualPscLine,
  legalPersonPscLine,
  pscSnapshot,
  statementLine,
  summaryLine,
  utf8,
} from './ch-files';

const BASIC = 'BasicCompanyData-2024-05-01-part1_7.csv';
const PSC = 'persons-with-significant-control-snapshot-2024-05-01_1of28.txt';

const companies = basicCompanyDataCsv([
  {
    name: 'BRIGHTWATER CARE C.I.C.',
    number: '09000001',
    category: 'Community Interest Company',
    incorporated: '04/06/2016',
    previous: [
      ['03/02/2019', 'BRIGHTWATER TRUST LIMITED'],
      ['01/01/2017', 'BRIGHT WATER LTD'],
    ],
  },
  {
    name: 'KESTREL HOMES, LIMITED',
    number: 'SC123456',
    postcode: 'EH1 1AA',
    status: 'Liquidation',
  },
  {
    name: 'OLD "QUOTED" CARE LTD',
    number: '1234567',
    status: 'Dissolved',
    dissolved: '31/12/2020',
  },
]);

describe('basic company data', () => {
  it('trims the leading-space headers and reads quoted rows, numbers as 8-character text', () => {
    const result = readBasicCompanyData(BASIC, utf8(companies));
    expect(result.kind).toBe('ch-basic-company-data');
    expect(result.date).toBe('2024-05-01');
    expect(result.problems).toEqual([]);
    expect(result.companies.map((c) => [c.row, c.number, c.name, c.status])).toEqual([
      [2, '09000001', 'BRIGHTWATER CARE C.I.C.', 'Active'],
      [3, 'SC123456', 'KESTREL HOMES, LIMITED', 'Liquidation'],
      [4, '01234567', 'OLD "QUOTED" CARE LTD', 'Dissolved'],
    ]);
    const [brightwater, kestrel, old] = result.companies;
    expect(brightwater?.category).toBe('Community Interest Company');
    expect(brightwater?.incorporated).toBe('2016-06-04');
    expect(brightwater?.previousNames).toEqual([
      { name: 'BRIGHTWATER TRUST LIMITED', date: '2019-02-03' },
      { name: 'BRIGHT WATER LTD', date: '2017-01-01' },
    ]);
    expect(brightwater?.sicCodes).toEqual(['87900 - Other residential care activities n.e.c.']);
    expect(kestrel?.postcode).toBe('EH1 1AA');
    expect(old?.dissolved).toBe('2020-12-31');
  });

  it('reports a bad number, a duplicate, a short row and a bad date by row, and reads the rest', () => {
    const bad = companyFields({ name: 'NO NUMBER LTD', number: 'not-a-number' });
    const dup = companyFields({ name: 'BRIGHTWATER AGAIN', number: '9000001' });
    const short = '"SHORT ROW LTD","07000001"';
    const dated = companyFields({
      name: 'DATED LTD',
      number: '07000002',
      incorporated: '2016-01-01',
    });
    const csv = basicCompanyDataCsv(
      [{ name: 'BRIGHTWATER CARE CIC', number: '09000001' }],
      [bad, dup, [short], dated].map((fields) =>
        fields.length === 1 ? (fields[0] ?? '') : fields.map((f) => `"${f}"`).join(','),
      ),
    );
    const result = readBasicCompanyData(BASIC, utf8(csv));
    expect(result.companies.map((c) => c.number)).toEqual(['09000001', '07000001', '07000002']);
    expect(result.problems.map((p) => [p.rule, p.row, p.file])).toEqual([
      ['ch.basic.number', 3, BASIC],
      ['ch.basic.duplicate', 4, BASIC],
      ['ch.basic.fields', 5, BASIC],
      ['ch.basic.date', 6, BASIC],
    ]);
  });

  it('skips a last row cut off inside quotes, with a problem, and keeps a BOM-led file', () => {
    const cut = `\uFEFF${basicCompanyDataCsv([{ name: 'A LTD', number: '00000001' }])}"B LTD","0000`;
    const result = readBasicCompanyData(BASIC, utf8(cut));
    expect(result.companies.map((c) => c.number)).toEqual(['00000001']);
    expect(result.problems.map((p) => p.rule)).toEqual(['ch.basic.truncated']);
  });

  it('keeps only what the filter keeps', () => {
    const result = readBasicCompanyData(BASIC, utf8(companies), {
      keep: (company) => company.status === 'Active',
    });
    expect(result.companies.map((c) => c.number)).toEqual(['09000001']);
  });

  it('refuses a CSV that is not basic company data', () => {
    expect(() => readBasicCompanyData('episodes.csv', utf8('CHILD,DECOM\n1,01/01/2020\n'))).toThrow(
      FileRefusedError,
    );
  });

  it('reads a quoted line break in a field', () => {
    const csv = basicCompanyDataCsv([{ name: 'LINE\nBREAK LTD', number: '00000001' }]);
    expect(readBasicCompanyData(BASIC, utf8(csv)).companies[0]?.name).toBe('LINE\nBREAK LTD');
  });
});

const snapshot = pscSnapshot([
  corporatePscLine('09000002', { name: 'Brightwater Group Limited', number: '9000000' }),
  individualPscLine('09000000', 'Mrs Jane Smith'),
  '{"company_number": "09000003", "data": {"kind": ',
  JSON.stringify({ company_number: '09000004', data: { kind: 'wholly-new-kind-of-control' } }),
  corporatePscLine(
    '08000001',
    { name: 'Brightwater Group Limited', number: '09000000' },
    ['ownership-of-shares-50-to-75-percent'],
    { ceasedOn: '2021-03-31' },
  ),
  corporatePscLine('08000001', {
    name: 'Kestrel Holdings S.a r.l.',
    number: 'B 123456',
    country: 'Luxembourg',
    place: 'Registre de Commerce et des Sociétés',
    legalForm: 'Société à responsabilité limitée',
  }),
  '',
  legalPersonPscLine('09100000', 'Sandwell Metropolitan Borough Council'),
  statementLine('07000009'),
  JSON.stringify({ company_number: '07000010', data: { kind: 'exemptions', exemptions: {} } }),
  summaryLine(6, 1),
]);

describe('PSC snapshot', () => {
  const result = readPscSnapshot(PSC, utf8(snapshot));

  it('reads each record with its line, and the summary line', () => {
    expect(result.kind).toBe('ch-psc-snapshot');
    expect(result.date).toBe('2024-05-01');
    expect(result.pscs.map((p) => [p.line, p.company, p.kind])).toEqual([
      [1, '09000002', 'corporate-entity-person-with-significant-control'],
      [2, '09000000', 'individual-person-with-significant-control'],
      [5, '08000001', 'corporate-entity-person-with-significant-control'],
      [6, '08000001', 'corporate-entity-person-with-significant-control'],
      [8, '09100000', 'legal-person-person-with-significant-control'],
      [9, '07000009', 'persons-with-significant-control-statement'],
      [10, '07000010', 'exemptions'],
    ]);
    expect(result.summary).toEqual({
      line: 11,
      persons: 6,
      statements: 1,
      exemptions: 0,
      generatedAt: '2024-05-01T03:39:38Z',
    });
  });

  it('keeps the corporate identification, natures and ceased date as filed', () => {
    const [group, , ceased, overseas] = result.pscs;
    expect(group?.identification?.registrationNumber).toBe('9000000');
    expect(group?.natures).toEqual([
      'ownership-of-shares-75-to-100-percent',
      'voting-rights-75-to-100-percent',
    ]);
    expect(ceased?.ceasedOn).toBe('2021-03-31');
    expect(overseas?.identification?.countryRegistered).toBe('Luxembourg');
    expect(result.pscs[5]?.statement).toBe('no-individual-or-entity-with-signficant-control');
  });

  it('reports the malformed line and the unknown kind by line, and reads on', () => {
    expect(result.problems.map((p) => [p.rule, p.row, p.file, p.severity])).toEqual([
      ['ch.psc.json', 3, PSC, 'error'],
      ['ch.psc.kind.unknown', 4, PSC, 'warning'],
    ]);
  });

  it('reads CRLF lines and a zip holding the one file', () => {
    const crlf = readPscSnapshot(PSC, utf8(snapshot.replaceAll('\n', '\r\n')));
    expect(crlf.pscs).toEqual(result.pscs);
    const zipped = zipSync({ [PSC]: strToU8(snapshot) });
    expect(readPscSnapshot('psc-snapshot-2024-05-01_1of28.zip', zipped).pscs).toEqual(result.pscs);
  });

  it('refuses a file with no snapshot line, and a zip of several files', () => {
    expect(() => readPscSnapshot('x.txt', utf8('{"a": 1}\nnot json\n'))).toThrow(FileRefusedError);
    const two = zipSync({ 'a.txt': strToU8(snapshot), 'b.txt': strToU8(snapshot) });
    expect(() => readPscSnapshot('two.zip', two)).toThrow(/holding 2 files/);
  });

  it('numbers lines across chunk boundaries', () => {
    // About 4.4 MB, so more than one decoded chunk.
    const lines = Array.from({ length: 8_000 }, (_, index) =>
      corporatePscLine(String(index + 1).padStart(8, '0'), { name: 'P LTD', number: '00000001' }),
    );
    const big = readPscSnapshot(PSC, utf8(pscSnapshot([...lines, 'oops'])));
    expect(big.pscs).toHaveLength(8_000);
    expect(big.pscs.map((p) => p.line)).toEqual(lines.map((_, index) => index + 1));
    expect(big.problems.map((p) => [p.rule, p.row])).toEqual([['ch.psc.json', 8_001]]);
  });
});

describe('recognising the files by content', () => {
  it('names each kind whatever the file is called', () => {
    expect(detectCompaniesHouse('data.txt', utf8(companies))).toBe('ch-basic-company-data');
    expect(detectCompaniesHouse('companies.csv', utf8(snapshot))).toBe('ch-psc-snapshot');
    expect(readCompaniesHouse('x', utf8(snapshot)).kind).toBe('ch-psc-snapshot');
    expect(readCompaniesHouse('y', utf8(companies)).kind).toBe('ch-basic-company-data');
  });

  it('refuses anything else', () => {
    for (const text of ['', 'CHILD,DECOM\n', '{"company_number": "1"}\n', 'hello']) {
      expect(() => detectCompaniesHouse('f', utf8(text))).toThrow(FileRefusedError);
    }
  });
});
