import { MAX_LAYOUT_PARAGRAPH_LENGTH } from '../../limits';

/**
 * pdfmake lays out one text node in time that grows faster than its
 * length (a 200 KB paragraph took 8 s, 2 MB over two minutes), so a long
 * paragraph is handed to it as several nodes of at most `max` characters
 * each, split after a sentence where there is one, else at a space. Every
 * node is then laid out on its own, and the whole in time linear in the text.
 */
export function splitForLayout(text: string, max = MAX_LAYOUT_PARAGRAPH_LENGTH): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    const sentence = window.lastIndexOf('. ');
    const space = window.lastIndexOf(' ');
    // Prefer a sentence end in the second half of the window, then any space, then a hard cut.
    const cut = sentence >= max / 2 ? sentence + 2 : space >= max / 2 ? space + 1 : max;
    pieces.push(text.slice(start, start + cut));
    start += cut;
  }
  pieces.push(text.slice(start));
  return pieces;
}
