import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/**
 * Debian's `age` and `age-keygen` (apt-get install age), the reference
 * implementation the interoperability tests check the command against.
 */
export function ageTool(command: 'age' | 'age-keygen', args: readonly string[]) {
  const result = spawnSync(command, args);
  if (result.error !== undefined) {
    throw new Error(
      `${command} is not installed: the interoperability tests need Debian's age package (apt-get install age)`,
    );
  }
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString() };
}

/** A new identity file made by age-keygen in `dir`, and its public key as age-keygen prints it. */
export function ageKeygen(dir: string, name: string): { file: string; recipient: string } {
  const file = path.join(dir, name);
  const made = ageTool('age-keygen', ['-o', file]);
  if (made.code !== 0) throw new Error(made.stderr);
  return { file, recipient: publicKeyOf(file) };
}

/** The public key of an identity file, as age-keygen -y computes it. */
export function publicKeyOf(identityFile: string): string {
  const shown = ageTool('age-keygen', ['-y', identityFile]);
  if (shown.code !== 0) throw new Error(shown.stderr);
  return shown.stdout.toString().trim();
}

/** The plain bundle in `file`, decrypted by the age command with `identityFile`. */
export function ageDecrypt(file: string, identityFile: string): Record<string, Uint8Array> {
  const result = ageTool('age', ['-d', '-i', identityFile, file]);
  if (result.code !== 0) throw new Error(`age -d refused ${file}: ${result.stderr}`);
  return unzipSync(new Uint8Array(result.stdout));
}

/** The manifest of a plain bundle's entries. */
export function manifestOf(entries: Record<string, Uint8Array>): Record<string, unknown> {
  const bytes = entries['manifest.json'];
  if (bytes === undefined) throw new Error('no manifest.json');
  const value: unknown = JSON.parse(strFromU8(bytes));
  if (typeof value !== 'object' || value === null) throw new Error('manifest is not an object');
  return { ...value };
}

/** The log of a plain bundle's entries, as text. */
export function logOf(entries: Record<string, Uint8Array>): string {
  return strFromU8(entries['operations.jsonl'] ?? new Uint8Array());
}

/** Whether the file on disk is an age file. */
export async function isAgeFile(file: string): Promise<boolean> {
  return (await readFile(file)).subarray(0, 22).toString() === 'age-encryption.org/v1\n';
}
