import 'fake-indexeddb/auto';
import { X509Certificate } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  demoAuthority,
  type DemoAuthority,
} from '../../../../electron/main/signing/demo-authority';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import {
  addTrustedCertificates,
  listTrustedCertificates,
  removeTrustedCertificate,
} from '../../../../renderer/src/db/trusted-certificates-store';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

function open(): WorkbookDb {
  db = openTestDb(`test-${Math.random().toString(36).slice(2)}`);
  return db;
}

let first: DemoAuthority;
let second: DemoAuthority;
beforeAll(() => {
  first = demoAuthority({ name: 'Alpha Test CA' });
  second = demoAuthority({ name: 'Beta Test CA' });
}, 120_000);

const pem = (...authorities: DemoAuthority[]) =>
  new TextEncoder().encode(authorities.map((a) => a.pem).join('\n'));

describe('trusted certificates (Settings)', () => {
  it('adds each certificate of a PEM file, by subject and the fingerprint openssl prints', async () => {
    const store = open();
    const added = await addTrustedCertificates(
      store,
      { name: 'cas.pem', bytes: pem(second, first) },
      'Amara Okafor',
    );
    expect(added.ok).toBe(true);
    const listed = await listTrustedCertificates(store);
    expect(listed.map((c) => c.subject)).toEqual([
      expect.stringContaining('CN=Alpha Test CA'),
      expect.stringContaining('CN=Beta Test CA'),
    ]);
    expect(listed[0]?.fingerprint).toBe(new X509Certificate(first.pem).fingerprint256);
    expect(listed[0]?.addedBy).toBe('Amara Okafor');
  });

  it('keeps one row per certificate when the same one is added again, and removes it', async () => {
    const store = open();
    await addTrustedCertificates(store, { name: 'a.pem', bytes: pem(first) }, 'A');
    await addTrustedCertificates(store, { name: 'again.pem', bytes: pem(first) }, 'B');
    const listed = await listTrustedCertificates(store);
    expect(listed).toHaveLength(1);
    expect(listed[0]?.addedBy).toBe('A');
    await removeTrustedCertificate(store, listed[0]?.fingerprint ?? '');
    expect(await listTrustedCertificates(store)).toEqual([]);
  });

  it('refuses a file that holds no certificate, naming it, and stores nothing', async () => {
    const store = open();
    const refused = await addTrustedCertificates(
      store,
      { name: 'notes.txt', bytes: new TextEncoder().encode('not a certificate') },
      'A',
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('notes.txt is not an X.509 certificate') },
    });
    expect(await listTrustedCertificates(store)).toEqual([]);
  });
});
