import { colours } from './blocks';

// Block capitals D R A F T as strokes on an 80 × 100 grid, one letter every 110 units.
const letters = [
  'M0,0 L0,100 L35,100 Q80,100 80,50 Q80,0 35,0 Z',
  'M0,100 L0,0 L48,0 Q80,0 80,26 Q80,52 48,52 L0,52 M44,52 L80,100',
  'M0,100 L40,0 L80,100 M16,62 L64,62',
  'M70,0 L0,0 L0,100 M0,50 L56,50',
  'M0,0 L80,0 M40,0 L40,100',
];

/**
 * The large DRAFT mark drawn behind every page of an unsigned report, as
 * strokes rather than text: a text watermark splits the reading order of the
 * page for text extraction and copying (pdftotext interleaved its letters
 * with the judgement table), while the header's "DRAFT — not signed" carries
 * the word as text on every page.
 */
export function draftMarkSvg(width: number, height: number): string {
  const word = letters
    .map((d, i) => `<path transform="translate(${i * 110},0)" d="${d}"/>`)
    .join('');
  // The word is 520 × 100; centre it, turned up the page diagonal.
  const angle = (-Math.atan2(height, width) * 180) / Math.PI;
  const scale = (Math.hypot(width, height) * 0.62) / 520;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<g transform="translate(${width / 2},${height / 2}) rotate(${angle.toFixed(2)}) scale(${scale.toFixed(3)}) translate(-260,-50)"`,
    ` fill="none" stroke="${colours.red}" stroke-opacity="0.13" stroke-width="13" stroke-linecap="round" stroke-linejoin="round">`,
    word,
    '</g></svg>',
  ].join('');
}
