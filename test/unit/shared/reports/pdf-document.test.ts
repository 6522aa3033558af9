import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  reportDocument,
  SIGNATURE_BLOCK_ID,
  type ReportSignature,
} from '../../../../shared/reports';
import { demoWorkbook } from './fixtures';

const signature: ReportSignature = {
  signer: 'Amara Okafor',
  subject: 'CN=Amara Okafor, O=Test, C=GB',
  signedBy: 'Amara Okafor',
  role: 'Lead inspector',
  signedAt: '2026-10-16T14:05:00.000Z',
};

/** Every string in a content tree (text, stacks, columns, lists, table cells), in order. */
function texts(content: unknown): string[] {
  if (typeof content === 'string') return [content];
  if (Array.isArray(content)) return content.flatMap(texts);
  if (typeof content !== 'object' || content === null) return [];
  const table: unknown = Reflect.get(content, 'table');
  const body = typeof table === 'object' && table !== null ? Reflect.get(table, 'body') : undefined;
  return [
    ...['text', 'stack', 'columns', 'ul'].map((key) => Reflect.get(content, key)),
    body,
  ].flatMap(texts);
}

function at(top: number, verticalRatio: number) {
  return {
    pageNumber: 1,
    top,
    pageInnerHeight: 700,
    verticalRatio,
  };
}

describe('the pdfmake document definition', () => {
  const { workbook } = demoWorkbook('ilacs-2026');

  it('is a pdfmake TDocumentDefinitions (the local types agree with @types/pdfmake)', () => {
    const definition: TDocumentDefinitions = reportDocument(
      buildReport(workbook, { version: 1, generatedAt: signature.signedAt }),
    );
    expect(definition.pageSize).toBe('A4');
    expect(definition.language).toBe('en-GB');
  });

  it('carries metadata, DRAFT on every page and the running footer while a draft', () => {
    const report = buildReport(workbook, { version: 2, generatedAt: '2026-10-16T12:00:00Z' });
    const definition = reportDocument(report);
    expect(definition.info).toMatchObject({
      title: report.title,
      author: 'Amara Okafor',
      subject: expect.stringContaining('Northmoor Borough Council'),
      keywords: expect.stringContaining('ILACS'),
    });
    expect(definition.version).toBe('1.7');
    expect(definition.displayTitle).toBe(true);
    expect(texts(definition.header(3, 7))).toEqual(['DRAFT — not signed']);
    const mark = definition.background?.(3, { width: 595.28, height: 841.89 });
    expect(mark !== undefined && 'svg' in mark ? mark.svg : '').toMatch(/^<svg .*<path /);
    expect(texts(definition.header(3, 7))).toEqual(['DRAFT — not signed']);
    const footer = texts(definition.footer(3, 7));
    expect(footer).toEqual([report.title, report.dates, 'Page 3 of 7']);
    expect(
      definition.content.some(
        (c) => typeof c === 'object' && 'id' in c && c.id === SIGNATURE_BLOCK_ID,
      ),
    ).toBe(false);
  });

  it('drops DRAFT and ends with a visible signature block naming the signer and time once signed', () => {
    const report = buildReport(workbook, {
      version: 1,
      generatedAt: signature.signedAt,
      signature,
    });
    const definition = reportDocument(report);
    expect(definition.background).toBeUndefined();
    expect(texts(definition.header(1, 5))).toEqual(['']);
    const last = definition.content.at(-1);
    expect(last !== undefined && 'id' in last ? last.id : undefined).toBe(SIGNATURE_BLOCK_ID);
    const block = texts(last);
    expect(block).toContain('Signed by: Amara Okafor');
    expect(block).toContain('Date: 16 October 2026 at 14:05 UTC');
    expect(definition.info.author).toBe('Amara Okafor');
  });

  it('marks every page of a self-assessment', () => {
    const sa = demoWorkbook('self-assessment').workbook;
    const definition = reportDocument(
      buildReport(sa, { version: 1, generatedAt: signature.signedAt, signature }),
    );
    expect(texts(definition.header(2, 4))).toEqual(['Self-assessment — not an Ofsted inspection']);
  });

  it('keeps headings with what follows and the signature box whole', () => {
    const definition = reportDocument(
      buildReport(workbook, { version: 1, generatedAt: signature.signedAt }),
    );
    const none = { getFollowingNodesOnPage: () => [] };
    const some = { getFollowingNodesOnPage: () => [{}] };
    expect(
      definition.pageBreakBefore({ headlineLevel: 2, startPosition: at(100, 0.1) }, some),
    ).toBe(false);
    expect(
      definition.pageBreakBefore({ headlineLevel: 2, startPosition: at(740, 0.97) }, some),
    ).toBe(true);
    expect(
      definition.pageBreakBefore({ headlineLevel: 2, startPosition: at(300, 0.4) }, none),
    ).toBe(true);
    expect(definition.pageBreakBefore({ startPosition: at(740, 0.97) }, none)).toBe(false);
    expect(
      definition.pageBreakBefore({ id: SIGNATURE_BLOCK_ID, startPosition: at(700, 0.9) }, some),
    ).toBe(true);
    expect(
      definition.pageBreakBefore({ id: SIGNATURE_BLOCK_ID, startPosition: at(300, 0.4) }, some),
    ).toBe(false);
  });
});
