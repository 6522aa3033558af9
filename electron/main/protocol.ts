import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { cspHeader } from '../../shared/security/csp';
import { mimeTypeFor } from './mime';
import { APP_SCHEME, resolveAppPath } from './trusted-url';

/**
 * The privileges the `app://` scheme is registered with, before the app is
 * ready. `standard` and `secure` give pages a real origin, so module workers,
 * `fetch` of the app's own files and a strict CSP all work as on https.
 */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
} as const;

/** Serves one `app://` request from `rootDir`, or refuses it. Exported for tests. */
export async function serveAppRequest(
  rootDir: string,
  request: { url: string; method: string },
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405 });
  }
  const filePath = resolveAppPath(rootDir, request.url);
  if (filePath === undefined) return new Response('Forbidden', { status: 403 });
  try {
    const body = await readFile(filePath);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': mimeTypeFor(filePath),
        'content-security-policy': cspHeader,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** Installs the `app://` handler that serves the built renderer. */
export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rootDir, request));
}
