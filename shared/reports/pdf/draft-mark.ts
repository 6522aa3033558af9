import { colours } from './blocks';
import type { PdfContent } from './pdf-types';

type Point = { readonly x: number; readonly y: number };

/** Samples a quadratic Bézier from `a` to `c` with control point `b`. */
function curve(a: Point, b: Point, c: Point, steps = 8): Point[] {
  return Array.from({ length: steps }, (_, i) => {
    const t = (i + 1) / steps;
    const u = 1 - t;
    return {
      x: u * u * a.x + 2 * u * t * b.x + t * t * c.x,
      y: u * u * a.y + 2 * u * t * b.y + t * t * c.y,
    };
  });
}

// Block capitals D R A F T as strokes on an 80 × 100 grid (y down), one letter every 110 units.
const letters: readonly (readonly Point[])[][] = [
  [
    [
      { x: 0, y: 0 },
      { x: 0, y: 100 },
      { x: 35, y: 100 },
      ...curve({ x: 35, y: 100 }, { x: 80, y: 100 }, { x: 80, y: 50 }),
      ...curve({ x: 80, y: 50 }, { x: 80, y: 0 }, { x: 35, y: 0 }),
      { x: 0, y: 0 },
    ],
  ],
  [
    [
      { x: 0, y: 100 },
      { x: 0, y: 0 },
      { x: 48, y: 0 },
      ...curve({ x: 48, y: 0 }, { x: 80, y: 0 }, { x: 80, y: 26 }),
      ...curve({ x: 80, y: 26 }, { x: 80, y: 52 }, { x: 48, y: 52 }),
      { x: 0, y: 52 },
    ],
    [
      { x: 44, y: 52 },
      { x: 80, y: 100 },
    ],
  ],
  [
    [
      { x: 0, y: 100 },
      { x: 40, y: 0 },
      { x: 80, y: 100 },
    ],
    [
      { x: 16, y: 62 },
      { x: 64, y: 62 },
    ],
  ],
  [
    [
      { x: 70, y: 0 },
      { x: 0, y: 0 },
      { x: 0, y: 100 },
    ],
    [
      { x: 0, y: 50 },
      { x: 56, y: 50 },
    ],
  ],
  [
    [
      { x: 0, y: 0 },
      { x: 80, y: 0 },
    ],
    [
      { x: 40, y: 0 },
      { x: 40, y: 100 },
    ],
  ],
];

const cache = new Map<string, { x: number; y: number }[][]>();

/**
 * The large DRAFT mark drawn behind every page of an unsigned report, as
 * stroked lines rather than text: a text watermark splits the reading order
 * of the page for text extraction and copying (pdftotext interleaved its
 * letters with the judgement table), while the header's "DRAFT — not
 * signed" carries the word as text on every page. Plain canvas lines, worked
 * out once per page size, cost far less than an SVG parsed on every page.
 */
export function draftMark(width: number, height: number): PdfContent {
  const key = `${width}x${height}`;
  const lines = cache.get(key) ?? strokes(width, height);
  cache.set(key, lines);
  const scale = (Math.hypot(width, height) * 0.62) / 520;
  // A fresh node per page: pdfmake writes layout results into the nodes it is given.
  return {
    canvas: lines.map((points) => ({
      type: 'polyline' as const,
      points: points.map((p) => ({ ...p })),
      lineWidth: 13 * scale,
      lineColor: colours.red,
      strokeOpacity: 0.13,
      lineCap: 'round' as const,
      lineJoin: 'round' as const,
    })),
  };
}

function strokes(width: number, height: number): { x: number; y: number }[][] {
  // The word is 520 × 100 units: centre it, turned up the page's diagonal.
  const angle = -Math.atan2(height, width);
  const scale = (Math.hypot(width, height) * 0.62) / 520;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const place = (p: Point, letter: number) => {
    const x = (p.x + letter * 110 - 260) * scale;
    const y = (p.y - 50) * scale;
    return { x: width / 2 + x * cos - y * sin, y: height / 2 + x * sin + y * cos };
  };
  return letters.flatMap((lines, letter) =>
    lines.map((points) => points.map((p) => place(p, letter))),
  );
}
