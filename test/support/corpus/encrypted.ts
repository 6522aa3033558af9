import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeBundle } from '../../../shared/bundle';
import {
  identityFileText,
  newIdentity,
  seal,
  wrapSecret,
  type Identity,
} from '../../../shared/crypto';
import { openBundleBytes } from '../../../shared/tasks/bundles';
import type { CorpusCase } from './case';

/**
 * Damaged and hostile age-encrypted workbooks and identity files, for the
 * corpus test (test/unit/corpus/corpus.test.ts): each turns the good
 * `workbook.inspection` in the scratch folder into an encrypted one, then
 * asks the command to change it. Every one must be refused in one line
 * naming the file, with the workbook byte-identical.
 */

const evidence = (file: string) => [
  'evidence',
  'add',
  file,
  '--source',
  'council',
  '--area',
  'leaders',
  '--finding',
  'strength',
  '--text',
  'Should never be written.',
];

async function identityIn(dir: string, name: string): Promise<{ file: string; who: Identity }> {
  const who = await newIdentity();
  const file = path.join(dir, name);
  await writeFile(file, identityFileText(who, new Date()), { mode: 0o600 });
  return { file, who };
}

/** The good workbook, rewritten as a bundle that lists `recipients`, and sealed to them. */
async function sealedWorkbook(dir: string, recipients: readonly string[], listed = true) {
  const file = path.join(dir, 'workbook.inspection');
  const opened = openBundleBytes(file, new Uint8Array(await readFile(file)), 'on-first-use');
  if (!opened.ok) throw new Error(opened.error.message);
  const { manifest, operations, parts } = opened.data.bundle;
  const plain = writeBundle({
    inspectionId: manifest.inspectionId,
    exportedBy: manifest.exportedBy,
    operations,
    parts: Object.fromEntries(
      Object.keys(parts).map((name) => [name, parts[name] ?? new Uint8Array()]),
    ),
    ...(listed ? { recipients } : {}),
  });
  const sealed = await seal(plain, { kind: 'recipients', recipients });
  await writeFile(file, sealed);
  return { file, sealed };
}

function refusedWith(
  name: string,
  damage: string,
  message: RegExp,
  make: (dir: string) => Promise<{ args: readonly string[]; names: string }>,
): CorpusCase {
  return {
    name,
    damage,
    exit: 1,
    unchanged: true,
    message,
    make: async (dir) => {
      const made = await make(dir);
      return { args: () => made.args, names: made.names };
    },
  };
}

export const encryptedCases: readonly CorpusCase[] = [
  refusedWith('age-payload-bit-flipped', 'age-damaged', /damaged: age refuses it/, async (dir) => {
    const key = await identityIn(dir, 'me.key');
    const { file, sealed } = await sealedWorkbook(dir, [key.who.recipient]);
    const damaged = sealed.slice();
    damaged[damaged.length - 100] = (damaged[damaged.length - 100] ?? 0) ^ 0x08;
    await writeFile(file, damaged);
    return { args: [...evidence(file), '--identity', key.file], names: 'workbook.inspection' };
  }),
  refusedWith('age-cut-short', 'age-damaged', /damaged/, async (dir) => {
    const key = await identityIn(dir, 'me.key');
    const { file, sealed } = await sealedWorkbook(dir, [key.who.recipient]);
    await writeFile(file, sealed.subarray(0, Math.floor(sealed.length / 2)));
    return { args: [...evidence(file), '--identity', key.file], names: 'workbook.inspection' };
  }),
  refusedWith('age-header-only', 'age-damaged', /damaged/, async (dir) => {
    await writeFile(path.join(dir, 'workbook.inspection'), 'age-encryption.org/v1\n-> X25519 \n');
    const key = await identityIn(dir, 'me.key');
    return {
      args: [...evidence(path.join(dir, 'workbook.inspection')), '--identity', key.file],
      names: 'workbook.inspection',
    };
  }),
  refusedWith(
    'age-not-for-this-identity',
    'age-wrong-key',
    /not encrypted to this identity \(2 recipients\)/,
    async (dir) => {
      const [a, b, stranger] = await Promise.all([
        identityIn(dir, 'a.key'),
        identityIn(dir, 'b.key'),
        identityIn(dir, 'stranger.key'),
      ]);
      const { file } = await sealedWorkbook(dir, [a.who.recipient, b.who.recipient]);
      return {
        args: [...evidence(file), '--identity', stranger.file],
        names: 'workbook.inspection',
      };
    },
  ),
  refusedWith(
    'age-no-key-given',
    'age-no-key',
    /encrypted to 1 recipient: give --identity/,
    async (dir) => {
      const key = await identityIn(dir, 'me.key');
      const { file } = await sealedWorkbook(dir, [key.who.recipient]);
      return { args: evidence(file), names: 'workbook.inspection' };
    },
  ),
  refusedWith(
    'age-recipients-not-listed',
    'age-unlisted',
    /does not list.*nothing was written/,
    async (dir) => {
      const key = await identityIn(dir, 'me.key');
      const { file } = await sealedWorkbook(dir, [key.who.recipient], false);
      return { args: [...evidence(file), '--identity', key.file], names: 'workbook.inspection' };
    },
  ),
  refusedWith(
    'identity-file-not-a-key',
    'identity-garbage',
    /me\.key: line 2 is not an age identity/,
    async (dir) => {
      const key = await identityIn(dir, 'real.key');
      const { file } = await sealedWorkbook(dir, [key.who.recipient]);
      await writeFile(path.join(dir, 'me.key'), '# looks like one\nAGE-SECRET-KEY-1NOTAKEY\n');
      return { args: [...evidence(file), '--identity', path.join(dir, 'me.key')], names: 'me.key' };
    },
  ),
  refusedWith(
    'identity-wrapped-cost-lowered',
    'identity-altered',
    /wrapped\.key: the passphrase given does not unwrap its key/,
    async (dir) => {
      const who = await newIdentity();
      // The passphrase comes from the environment the corpus test inherits: PATH is always set.
      const line = await wrapSecret(who.secretKey, process.env['PATH'] ?? '');
      const keyFile = path.join(dir, 'wrapped.key');
      await writeFile(keyFile, identityFileText(who, new Date(), line.replace(',t=2,', ',t=3,')));
      const { file } = await sealedWorkbook(dir, [who.recipient]);
      return {
        args: [...evidence(file), '--identity', keyFile, '--pass-env', 'PATH'],
        names: 'wrapped.key',
      };
    },
  ),
];
