import { describe, expect, it } from 'vitest';
import { ok } from '../../../../shared/util/result';
import { createSession, type CommandContext } from '../../../../shared/workbook';
import {
  recordReportVersion,
  REPORT_VERSION_ENTITY,
  reportBasisText,
  reportVersionFor,
  reportVersions,
  type ReportVersionRecord,
} from '../../../../shared/workbook/report-version';
import { demoWorkbook } from './fixtures';

const hex = (c: string) => c.repeat(64);

function record(number: number, basis: string): ReportVersionRecord {
  return {
    number,
    template: 'ilacs-report',
    pdfSha256: hex('a'),
    htmlSha256: hex('b'),
    signer: 'CN=Amara Okafor, C=GB',
    signerName: 'Amara Okafor',
    signedBy: 'Amara Okafor',
    role: 'lead',
    signedAt: '2026-10-16T12:00:00.000Z',
    evidenceIds: ['ev-1'],
    basis,
  };
}

function sign(r: ReportVersionRecord) {
  return (c: CommandContext) => recordReportVersion(c, r);
}

describe('report versions in the log', () => {
  it('numbers signed versions, refuses re-signing a signed state and ignores later edits', () => {
    const { operations } = demoWorkbook('ilacs-2026');
    let counter = 0;
    const session = createSession({
      operations,
      newId: (p) => `${p}-${(counter += 1)}`,
      now: () => '2026-10-16T12:00:00Z',
    });
    expect(reportVersions(session.operations)).toEqual([]);
    expect(reportVersionFor([], hex('1'))).toEqual({ number: 1, signed: null });
    const id = session.run('Amara Okafor', sign(record(1, hex('1'))));
    const versions = reportVersions(session.operations);
    expect(versions).toEqual([{ ...record(1, hex('1')), id }]);
    expect(reportVersionFor(versions, hex('1'))).toMatchObject({ number: 1, signed: { id } });
    expect(reportVersionFor(versions, hex('2'))).toEqual({ number: 2, signed: null });
    expect(() => session.run('Amara Okafor', sign(record(2, hex('1'))))).toThrow(/already signed/);
    expect(() => session.run('Amara Okafor', sign(record(3, hex('2'))))).toThrow(
      /next report version is 2/,
    );
    session.run('Amara Okafor', sign(record(2, hex('2'))));
    // A later change to a signed version (e.g. from a hand-edited log) does not alter it.
    session.run('Mallory', (c) => {
      const op = c.recorder.change({
        entity: REPORT_VERSION_ENTITY,
        id,
        field: 'pdfSha256',
        value: hex('c'),
      });
      return ok({ id, operations: op === null ? [] : [op] });
    });
    expect(session.operations.at(-1)?.value).toBe(hex('c'));
    expect(reportVersions(session.operations).map((v) => v.pdfSha256)).toEqual([
      hex('a'),
      hex('a'),
    ]);
  });

  it('bases a version on every op but report versions, in any order', () => {
    const { operations } = demoWorkbook('ilacs-2026');
    const reversed = operations.toReversed();
    expect(reportBasisText(reversed)).toBe(reportBasisText(operations));
    expect(reportBasisText(operations.slice(1))).not.toBe(reportBasisText(operations));
  });
});
