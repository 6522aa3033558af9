import path from 'node:path';

/**
 * Pure trust checks for the Electron shell. Every decision about which URL may
 * load, navigate, talk over IPC or open outside the app is made here, so each
 * can be unit-tested without Electron (the pattern of Actual Budget's
 * `trusted-url.ts`).
 */

/** The privileged scheme the app's own pages are served from. */
export const APP_SCHEME = 'app';
/** The one host under that scheme. */
const APP_HOST = 'workbook';
/** Where the app starts. */
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

/** True only for `app://workbook/…` with no credentials and no port. */
export function isAppUrl(raw: string): boolean {
  const url = parse(raw);
  return (
    url !== undefined &&
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * Whether an IPC message may be answered: it must come from the main frame
 * (sub-frames could host foreign content) of a page served by the app itself.
 * VS Code's `validatedIpcMain` refuses foreign origins and sub-frames alike.
 */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null): boolean {
  return frame !== null && frame.isMainFrame && isAppUrl(frame.url);
}

/**
 * Links that may be handed to the operating system's browser: `https:` only,
 * with a host and without embedded credentials. Everything else (http, file,
 * javascript, custom schemes that could launch programs) is refused.
 */
export function isAllowedExternalUrl(raw: string): boolean {
  const url = parse(raw);
  return (
    url !== undefined &&
    url.protocol === 'https:' &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * URL parsing quietly collapses `..` (and `%2e%2e`) segments, which would hide
 * a traversal attempt; the raw text is checked first so such a request is
 * refused rather than silently rewritten.
 */
function hasDotDotSegment(rawUrl: string): boolean {
  let text = rawUrl;
  try {
    text = decodeURIComponent(rawUrl);
  } catch {
    return true;
  }
  return /(^|[/\\])\.\.([/\\]|$)/.test(text);
}

/**
 * Maps an `app://workbook/<path>` request onto a file inside `rootDir`, or
 * returns `undefined` when the URL is not the app's or would escape the root
 * (`..`, encoded `%2e%2e`, backslashes, NUL bytes, absolute paths).
 */
export function resolveAppPath(rootDir: string, rawUrl: string): string | undefined {
  if (!isAppUrl(rawUrl) || hasDotDotSegment(rawUrl)) return undefined;
  const url = parse(rawUrl);
  if (url === undefined) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return undefined;
  // Any `..` segment is refused outright, even one that would stay inside the root.
  if (pathname.split('/').some((segment) => segment === '..')) return undefined;
  const relative =
    pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return undefined;
  return resolved;
}
