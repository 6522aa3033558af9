import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HtmlTagDescriptor, UserConfig } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { cspHeader, cspMeta } from '../../../../shared/security/csp';
import config, { cspMetaTag } from '../../../../vite.config';

vi.mock('electron', () => ({}));
const { serveAppRequest } = await import('../../../../electron/main/protocol');

const repo = path.resolve(import.meta.dirname, '../../../..');

function directives(policy: string): string[] {
  return policy.split(';').map((d) => d.trim());
}

describe('one Content Security Policy', () => {
  it('denies by default and allows nothing inline, eval or remote', () => {
    expect(cspHeader).toMatch(/^default-src 'none';/);
    for (const policy of [cspHeader, cspMeta]) {
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    }
    expect(directives(cspHeader)).toContain("frame-ancestors 'none'");
  });

  it('is the same policy in the meta tag, less what a meta tag cannot carry', () => {
    expect(directives(cspMeta)).toEqual(
      directives(cspHeader).filter((d) => !d.startsWith('frame-ancestors')),
    );
  });

  it('is the header the app:// protocol sends', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'workbook-csp-'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
    const response = await serveAppRequest(root, { url: 'app://workbook/', method: 'GET' });
    expect(response.headers.get('content-security-policy')).toBe(cspHeader);
  });

  it('is the meta tag the renderer build writes, and index.html holds no policy of its own', async () => {
    const resolved: UserConfig = typeof config === 'function' ? {} : config;
    expect(resolved.plugins).toContain(cspMetaTag);
    const hook = cspMetaTag.transformIndexHtml;
    const transform = typeof hook === 'function' ? hook : hook?.handler;
    if (transform === undefined) throw new Error('the CSP plugin has no transformIndexHtml');
    const html = await readFile(path.join(repo, 'renderer', 'index.html'), 'utf8');
    expect(html).not.toMatch(/Content-Security-Policy/i);
    const tags = await transform.call(
      // The hook uses neither its context nor the server: only the html.
      Object.create(null),
      html,
      { path: '/index.html', filename: 'index.html' },
    );
    const list: HtmlTagDescriptor[] = Array.isArray(tags) ? tags : [];
    expect(list).toEqual([
      expect.objectContaining({
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta },
        injectTo: 'head-prepend',
      }),
    ]);
  });
});
