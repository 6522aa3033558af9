// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform } from '../../../../renderer/src/platform/browser';
import { createElectronPlatform } from '../../../../renderer/src/platform/electron';
import { buildBridge } from '../../../../electron/preload/bridge';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('browser platform', () => {
  it('opens files through a hidden file input and reads their bytes', async () => {
    const platform = createBrowserPlatform(document);
    const clicked = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      expect(this.type).toBe('file');
      expect(this.multiple).toBe(true);
      expect(this.accept).toBe('.csv,.xml');
      const file = new File(['CHILD,SEX\n101,1\n'], 'header.csv', { type: 'text/csv' });
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    const answer = await platform.openFiles({
      multiple: true,
      filters: [{ name: 'SSDA903', extensions: ['csv', 'xml'] }],
    });
    expect(clicked).toHaveBeenCalledOnce();
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.data.map((f) => f.name)).toEqual(['header.csv']);
    expect(new TextDecoder().decode(answer.data[0]?.bytes)).toBe('CHILD,SEX\n101,1\n');
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('resolves to no files when the picker is cancelled', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      this.dispatchEvent(new Event('cancel'));
    });
    expect(await createBrowserPlatform(document).openFiles()).toEqual({ ok: true, data: [] });
  });

  it('saves by downloading under the given name', async () => {
    const createObjectURL = vi.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
    const answer = await createBrowserPlatform(document).saveFile(
      'report.pdf',
      new Uint8Array([37, 80]),
      {
        mimeType: 'application/pdf',
      },
    );
    expect(answer).toMatchObject({ ok: true, data: { saved: true } });
    expect(downloads).toEqual(['report.pdf']);
    expect(createObjectURL).toHaveBeenCalledOnce();
  });

  it('refuses a save name with a folder in it', async () => {
    const answer = await createBrowserPlatform(document).saveFile('../x.pdf', new Uint8Array([1]));
    expect(answer).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
  });

  it('describes itself as the browser host', async () => {
    const answer = await createBrowserPlatform(document).appInfo();
    expect(answer).toMatchObject({ ok: true, data: { host: 'browser' } });
  });
});

describe('electron platform', () => {
  it('goes through the bridge and maps its answers', async () => {
    const invoke = vi.fn(async (channel: string) =>
      channel === 'workbook:dialog.save-file'
        ? { ok: true, data: { saved: true, path: '/home/i/report.pdf', size: 2 } }
        : {
            ok: true,
            data: {
              canceled: false,
              files: [{ name: 'a.csv', size: 1, bytes: new Uint8Array([65]) }],
            },
          },
    );
    const platform = createElectronPlatform(buildBridge(invoke));
    expect(platform.host).toBe('electron');
    const opened = await platform.openFiles({ filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(opened).toMatchObject({ ok: true, data: [{ name: 'a.csv' }] });
    const saved = await platform.saveFile('report.pdf', new Uint8Array([1, 2]));
    expect(saved).toEqual({ ok: true, data: { saved: true, where: '/home/i/report.pdf' } });
    expect(invoke).toHaveBeenCalledWith('workbook:dialog.open-files', {
      multiple: false,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
  });
});
