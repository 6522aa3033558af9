import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_START_URL,
  isAllowedExternalUrl,
  isAppUrl,
  isTrustedSender,
  resolveAppPath,
} from '../../../../electron/main/trusted-url';

describe('isAppUrl', () => {
  it('accepts the app start page and its assets', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl('app://workbook/assets/index.js')).toBe(true);
  });

  it.each([
    'app://other/index.html',
    'app://workbook:8080/index.html',
    'app://user:pw@workbook/index.html',
    'https://workbook/index.html',
    'file:///etc/passwd',
    'http://127.0.0.1:4173/',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the main frame of an app page', () => {
    expect(isTrustedSender({ url: APP_START_URL, isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: APP_START_URL, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('lets https links out', () => {
    expect(isAllowedExternalUrl('https://www.gov.uk/government/organisations/ofsted')).toBe(true);
  });

  it.each([
    'http://www.gov.uk/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'ms-msdt:/id PCWDiagnostic',
    'smb://server/share',
    'https://user:secret@example.com/',
    'app://workbook/index.html',
  ])('keeps %s inside', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('resolveAppPath', () => {
  const root = path.resolve('/opt/workbook/dist');

  it('maps the root and assets inside the build folder', () => {
    expect(resolveAppPath(root, 'app://workbook/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://workbook/assets/app.js')).toBe(
      path.join(root, 'assets', 'app.js'),
    );
    expect(resolveAppPath(root, 'app://workbook/assets/a%20b.css')).toBe(
      path.join(root, 'assets', 'a b.css'),
    );
  });

  it.each([
    'app://workbook/../../etc/passwd',
    'app://workbook/%2e%2e/%2e%2e/etc/passwd',
    'app://workbook/assets/%2E%2E/%2E%2E/secret',
    'app://workbook/..%2f..%2fetc/passwd',
    'app://workbook/..%5c..%5cwindows',
    'app://workbook/assets%00.js',
    'app://workbook/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses the traversal or foreign path %s', (url) => {
    expect(resolveAppPath(root, url)).toBeUndefined();
  });
});
