import { CryptoError, newIdentity, readIdentityFile, type Identity } from '../../../shared/crypto';
import { err, ok, type Result } from '../../../shared/util/result';
import type { WorkbookDb } from './db';

/*
 * The person's identity in the app: an age X25519 key pair for opening the
 * bundles encrypted to them, and the Ed25519 signing key derived from it
 * (shared/crypto/identity.ts). Made on first use and kept in the store's
 * `identities` table, which the store's encryption at rest covers like every
 * other table. An imported identity becomes the one in use; earlier ones are
 * kept, so bundles encrypted to them still open.
 */

/** One identity as stored. */
export type StoredIdentity = Identity & {
  /** When it was made or imported here; the latest is the one in use. */
  readonly addedAt: string;
  readonly origin: 'made' | 'imported';
};

function latest(identities: readonly StoredIdentity[]): StoredIdentity | undefined {
  return identities.reduce<StoredIdentity | undefined>(
    (found, identity) =>
      found === undefined || identity.addedAt > found.addedAt ? identity : found,
    undefined,
  );
}

/** Every identity kept, the one in use first. */
export async function storedIdentities(db: WorkbookDb): Promise<StoredIdentity[]> {
  const all = await db.identities.toArray();
  const current = latest(all);
  return current === undefined
    ? []
    : [current, ...all.filter((identity) => identity.recipient !== current.recipient)];
}

/**
 * The identity in use, made now if there is none yet. Made outside the
 * transaction (key generation is not a Dexie promise, which would end it),
 * then added only if no other caller made one meanwhile.
 */
export async function currentIdentity(db: WorkbookDb): Promise<StoredIdentity> {
  const existing = latest(await db.identities.toArray());
  if (existing !== undefined) return existing;
  const made: StoredIdentity = {
    ...(await newIdentity()),
    addedAt: new Date().toISOString(),
    origin: 'made',
  };
  return db.transaction('rw', db.identities, async () => {
    const raced = latest(await db.identities.toArray());
    if (raced !== undefined) return raced;
    await db.identities.add(made);
    return made;
  });
}

/** The person's identities, the one in use made first if need be: what opens a bundle. */
export async function openingIdentities(db: WorkbookDb): Promise<StoredIdentity[]> {
  await currentIdentity(db);
  return storedIdentities(db);
}

/**
 * Imports an age identity file (as age-keygen or `workbook keys new` writes
 * it; one wrapped or encrypted with a passphrase needs `passphrase`), or a
 * pasted `AGE-SECRET-KEY-1…` line; its first identity becomes the one in use.
 * Refusals say what is wrong with the file, never showing a key.
 */
export async function importIdentity(
  db: WorkbookDb,
  bytes: Uint8Array,
  passphrase: string | undefined,
): Promise<Result<StoredIdentity>> {
  let identity: Identity | undefined;
  try {
    identity = (await readIdentityFile(bytes, passphrase)).identities[0];
  } catch (error: unknown) {
    if (!(error instanceof CryptoError)) throw error;
    const message =
      error.code === 'no-key'
        ? `${error.message.replace(/: give its passphrase.*$/, '')}: enter its passphrase, then choose the file again`
        : error.message;
    return err(`identity.${error.code}`, `That is not an identity the app can use: ${message}.`);
  }
  if (identity === undefined) {
    return err('identity.invalid-identity', 'That file holds no age identity (AGE-SECRET-KEY-1…).');
  }
  const known = await db.identities.get(identity.recipient);
  const stored: StoredIdentity = {
    secretKey: identity.secretKey,
    recipient: identity.recipient,
    signingKey: identity.signingKey,
    addedAt: new Date().toISOString(),
    origin: known?.origin ?? 'imported',
  };
  await db.identities.put(stored);
  return ok(stored);
}
