import type { DBCore, Middleware } from 'dexie';
import type { DataKeys } from '../../renderer/src/db/protection/data-keys';

/**
 * The benchmarks' stand-in for the protection middleware, swapped in only by
 * the "plain" build (plain-store-build.ts), never by the app's: the same app,
 * the same passphrase and unlock, records kept unencrypted, so encrypted ÷
 * plain is what encryption costs.
 */
export function protectionMiddleware(_keys: DataKeys): Middleware<DBCore> {
  return { stack: 'dbcore', name: 'protection', level: -10, create: (down) => down };
}
