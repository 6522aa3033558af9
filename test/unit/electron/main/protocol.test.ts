import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { serveAppRequest, installAppProtocol } = await import('../../../../electron/main/protocol');

let root = '';
beforeAll(async () => {
  const base = await mkdtemp(path.join(tmpdir(), 'workbook-protocol-'));
  root = path.join(base, 'dist');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(base, 'secret.txt'), 'do not serve');
});

describe('app:// protocol', () => {
  it('serves the index with the CSP and a content type', async () => {
    const response = await serveAppRequest(root, { url: 'app://workbook/', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(await response.text()).toContain('<title>t</title>');
  });

  it('serves assets with their MIME type', async () => {
    const response = await serveAppRequest(root, {
      url: 'app://workbook/assets/app.js',
      method: 'GET',
    });
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('refuses traversal to a file beside the build folder', async () => {
    for (const url of ['app://workbook/../secret.txt', 'app://workbook/%2e%2e/secret.txt']) {
      const response = await serveAppRequest(root, { url, method: 'GET' });
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('do not serve');
    }
  });

  it('answers 404 for a missing file and 405 for a POST', async () => {
    expect(
      (await serveAppRequest(root, { url: 'app://workbook/nope.js', method: 'GET' })).status,
    ).toBe(404);
    expect((await serveAppRequest(root, { url: 'app://workbook/', method: 'POST' })).status).toBe(
      405,
    );
  });

  it('installs itself for the app scheme', () => {
    const handle = vi.fn();
    installAppProtocol({ handle }, root);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
