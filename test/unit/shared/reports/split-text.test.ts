import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockContent } from '../../../../shared/reports/pdf/blocks';
import { splitForLayout } from '../../../../shared/reports/pdf/split-text';
import { MAX_LAYOUT_PARAGRAPH_LENGTH } from '../../../../shared/limits';

describe('long paragraphs are split before layout', () => {
  it('into pieces no longer than the limit that join back to the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', 'é'), maxLength: 3_000 }),
        fc.integer({ min: 10, max: 400 }),
        (text, max) => {
          const pieces = splitForLayout(text, max);
          expect(pieces.join('')).toBe(text);
          for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(max);
        },
      ),
    );
  });

  it('after a sentence where there is one in reach', () => {
    const text = `${'word '.repeat(30)}End. ${'more '.repeat(30)}`;
    expect(splitForLayout(text, 200)[0]).toMatch(/End\. $/);
  });

  it('so a 2 MB paragraph reaches pdfmake as many small text nodes', () => {
    const text = 'The council knows its children well. '.repeat(55_000);
    const content = blockContent({ kind: 'paragraph', text });
    expect(content).toMatchObject({ style: 'p' });
    const pieces = 'stack' in content ? content.stack : [];
    expect(pieces.length).toBeGreaterThan(text.length / MAX_LAYOUT_PARAGRAPH_LENGTH);
    const texts = pieces.map((piece) =>
      'text' in piece && typeof piece.text === 'string' ? piece.text : '',
    );
    expect(texts.join('')).toBe(text);
    for (const piece of texts)
      expect(piece.length).toBeLessThanOrEqual(MAX_LAYOUT_PARAGRAPH_LENGTH);
  });

  it('leaves a short paragraph as one node', () => {
    expect(blockContent({ kind: 'paragraph', text: 'Good.' })).toEqual({
      text: 'Good.',
      style: 'p',
    });
  });
});
