import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** A fresh temporary folder. */
export async function tempDir(prefix = 'workbook-report-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/** Writes bytes to a file in `dir` and returns its path. */
export async function saveTo(dir: string, name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
}

/** Runs a poppler tool and returns stdout (poppler-utils: pdftotext, pdfinfo, pdffonts, pdfsig). */
export async function poppler(tool: string, args: readonly string[]): Promise<string> {
  const { stdout } = await exec(tool, [...args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** The text of a PDF (or one page of it), as pdftotext reads it. */
export async function pdfText(file: string, page?: number): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return poppler('pdftotext', [...range, file, '-']);
}

/** pdfinfo's fields as a map. */
export async function pdfInfo(file: string): Promise<Map<string, string>> {
  const out = await poppler('pdfinfo', [file]);
  return new Map(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .flatMap((m) => (m === null ? [] : [[m[1] ?? '', m[2] ?? ''] as [string, string]])),
  );
}

/** Text with every run of white space made one space (headings may wrap). */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Where each of `wanted` occurs in `text`, each searched after the previous
 * one: -1 marks one missing or out of order.
 */
export function positionsInOrder(text: string, wanted: readonly string[]): number[] {
  let from = 0;
  return wanted.map((needle) => {
    const at = text.indexOf(needle, from);
    if (at >= 0) from = at + needle.length;
    return at;
  });
}
