/**
 * The Content Security Policy of every page the app serves, in one place: the
 * desktop app's `app://` protocol sends it as a header, and the renderer build
 * writes it into index.html as a `<meta>` tag (for the browser host, which has
 * no header of ours). It starts from `default-src 'none'` and adds back only
 * what the renderer needs: its own scripts, styles, images, fonts and module
 * workers. No remote origin is allowed anywhere, so even injected markup cannot
 * send data off the device
 * (https://www.electronjs.org/docs/latest/tutorial/security#7-define-a-content-security-policy).
 */
const directives = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
] as const;

/**
 * Directives a `<meta>` policy may not carry: browsers ignore them there
 * (https://www.w3.org/TR/CSP3/#meta-element), so only the header sends them.
 */
const headerOnly = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The policy as the `Content-Security-Policy` response header. */
export const cspHeader: string = directives.join('; ');

/** The same policy for `<meta http-equiv="Content-Security-Policy">`, without header-only directives. */
export const cspMeta: string = directives
  .filter((directive) => !headerOnly.some((name) => directive.startsWith(`${name} `)))
  .join('; ');
