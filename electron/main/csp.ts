/**
 * The Content Security Policy for every page the app serves. It starts from
 * `default-src 'none'` and adds back only what the renderer needs: its own
 * scripts, styles, images, fonts and module workers. No remote origin is
 * allowed anywhere, so even injected markup cannot send data off the laptop
 * (product.md: "no network traffic").
 */
export const CONTENT_SECURITY_POLICY = [
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
].join('; ');
