import { expect } from 'vitest';
import type { CliRun } from './helpers';

/**
 * The JSON of a `verify --json` run over a report signed with a demo
 * certificate and no --trust: the signature holds (valid) but nothing
 * vouches for the signer, so the command exits 2 and says so on stderr.
 */
export function untrustedVerifyJson(result: CliRun): unknown {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).toContain('signature intact, signer not trusted');
  const parsed: unknown = JSON.parse(result.stdout);
  expect(parsed).toMatchObject({ valid: true, trusted: false, trustedAs: null });
  return parsed;
}
