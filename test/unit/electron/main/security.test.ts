import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { guardSession } = await import('../../../../electron/main/security');

describe('guardSession', () => {
  it('denies every permission request and check', () => {
    let requestHandler:
      ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => {
        requestHandler = handler;
      },
      setPermissionCheckHandler: (handler: typeof checkHandler) => {
        checkHandler = handler;
      },
    };
    // @ts-expect-error a partial Session: only the two methods the guard uses
    guardSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler?.()).toBe(false);
  });
});
