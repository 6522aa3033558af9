import 'fake-indexeddb/auto';
import { Decrypter } from 'age-encryption';
import { strToU8, unzipSync, strFromU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { identityFileText, newIdentity, seal } from '../../../../shared/crypto';
import { setMemberKey } from '../../../../shared/workbook';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import {
  exportBundleFiles,
  openBundleFileBytes,
  passphraseCopyName,
} from '../../../../renderer/src/db/bundle-crypto';
import { deleteInspection, exportInspection } from '../../../../renderer/src/db/bundle-repository';
import {
  currentIdentity,
  importIdentity,
  storedIdentities,
} from '../../../../renderer/src/db/identity-store';
import { runCommand } from '../../../../renderer/src/db/workbook-repository';
import { appInspection } from '../../parity/app-store';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

function store(): WorkbookDb {
  db = openTestDb(`bundle-crypto-${Math.random().toString(36).slice(2)}`);
  return db;
}

async function withTeam(d: WorkbookDb): Promise<string> {
  return appInspection(d, {
    team: [
      { name: 'Lead', role: 'lead' },
      { name: 'Tom Hargreaves', role: 'inspector' },
    ],
  });
}

function manifestOf(zip: Uint8Array): Record<string, unknown> {
  const value: unknown = JSON.parse(strFromU8(unzipSync(zip)['manifest.json'] ?? new Uint8Array()));
  return typeof value === 'object' && value !== null ? { ...value } : {};
}

describe('the person’s identity in the app', () => {
  it('is made once on first use, however many ask at once, and kept', async () => {
    const d = store();
    const [a, b] = await Promise.all([currentIdentity(d), currentIdentity(d)]);
    expect(a.recipient).toBe(b.recipient);
    expect(a.recipient).toMatch(/^age1/);
    expect(a.signingKey).toMatch(/^ssh-ed25519 /);
    expect(await storedIdentities(d)).toHaveLength(1);
  });

  it('imports an age identity file, which is used from then on; the earlier key is kept', async () => {
    const d = store();
    const made = await currentIdentity(d);
    const theirs = await newIdentity();
    const imported = await importIdentity(
      d,
      strToU8(identityFileText(theirs, new Date())),
      undefined,
    );
    expect(imported.ok && imported.data.recipient).toBe(theirs.recipient);
    expect((await currentIdentity(d)).recipient).toBe(theirs.recipient);
    expect((await storedIdentities(d)).map((i) => i.recipient)).toEqual([
      theirs.recipient,
      made.recipient,
    ]);
    const refused = await importIdentity(d, strToU8('age1notasecret\n'), undefined);
    expect(!refused.ok && refused.error.message).toMatch(/not an identity the app can use/);
  });
});

describe('bundles encrypted to the team', () => {
  it('exports to every member’s key and the person’s own, lists them in the manifest, and opens again', async () => {
    const d = store();
    const id = await withTeam(d);
    const tom = await newIdentity();
    const keyed = await runCommand(d, id, 'Lead', (c) =>
      setMemberKey(c, { member: 'Tom Hargreaves', recipient: tom.recipient }),
    );
    expect(keyed.ok).toBe(true);
    const me = await currentIdentity(d);
    const exported = await exportBundleFiles(d, id, 'Lead', { encrypt: true });
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.data.recipients).toEqual([tom.recipient, me.recipient]);
    // Tom opens it with his own key, as the age command would.
    const decrypter = new Decrypter();
    decrypter.addIdentity(tom.secretKey);
    const zip = await decrypter.decrypt(exported.data.bytes);
    expect(manifestOf(zip)['recipients']).toEqual([tom.recipient, me.recipient]);
    // The person opens it in the app, after deleting their copy.
    await deleteInspection(d, id);
    const opened = await openBundleFileBytes(d, 'team.inspection', exported.data.bytes);
    expect(opened.ok && opened.data.sealedTo).toBe('recipients');
    expect(opened.ok && opened.data.bundle.manifest.inspectionId).toBe(id);
  });

  it('exports plain when asked (a team with no keys), and opens a plain bundle as plain', async () => {
    const d = store();
    const id = await withTeam(d);
    const exported = await exportBundleFiles(d, id, 'Lead', { encrypt: false });
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.data.recipients).toEqual([]);
    expect(strFromU8(exported.data.bytes.subarray(0, 2))).toBe('PK');
    const opened = await openBundleFileBytes(d, 'old.inspection', exported.data.bytes);
    expect(opened.ok && opened.data.sealedTo).toBe('plain');
  });

  it('also writes a copy sealed with a passphrase, which asks for it and opens with it', async () => {
    const d = store();
    const id = await withTeam(d);
    const exported = await exportBundleFiles(d, id, 'Lead', {
      encrypt: false,
      passphrase: 'council copy passphrase',
    });
    if (!exported.ok) throw new Error(exported.error.message);
    const copy = exported.data.passphraseCopy ?? new Uint8Array();
    const asked = await openBundleFileBytes(d, 'copy.inspection', copy);
    expect(!asked.ok && asked.error.code).toBe('bundle.passphrase-needed');
    const opened = await openBundleFileBytes(d, 'copy.inspection', copy, 'council copy passphrase');
    expect(opened.ok && opened.data.sealedTo).toBe('passphrase');
    expect(passphraseCopyName('northmoor-2026-10-05.inspection')).toBe(
      'northmoor-2026-10-05-passphrase.inspection',
    );
  }, 30_000);

  it('refuses a bundle not encrypted to the person, naming its recipients and the person’s key', async () => {
    const d = store();
    const id = await withTeam(d);
    const other = await newIdentity();
    const sealed = await seal(await exportInspection(d, id, 'Lead'), {
      kind: 'recipients',
      recipients: [other.recipient],
    });
    const me = await currentIdentity(d);
    const opened = await openBundleFileBytes(d, 'theirs.inspection', sealed);
    expect(!opened.ok && opened.error.message).toBe(
      `theirs.inspection is encrypted to 1 recipient (1 X25519 key), and your key (${me.recipient}) is not one of them: ask whoever sent it to add your public key to the inspection's team and export it again.`,
    );
  });
});
