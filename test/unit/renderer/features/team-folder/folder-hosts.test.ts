import { describe, expect, it, vi } from 'vitest';
import { mayUse } from '../../../../../renderer/src/features/team-folder/folder-hosts';

/** A handle whose permission starts as `state` and becomes `answer` when asked. */
function handle(state: string, answer = state) {
  return {
    queryPermission: vi.fn(async () => state),
    requestPermission: vi.fn(async () => answer),
  };
}

describe('permission to use the chosen folder again (the browser host)', () => {
  it('uses a folder whose permission is granted, without asking', async () => {
    const granted = handle('granted');
    expect(await mayUse(granted, false)).toBe(true);
    expect(granted.requestPermission).not.toHaveBeenCalled();
  });

  it('asks only on a click, never from a timer, and uses the folder once given', async () => {
    const prompt = handle('prompt', 'granted');
    expect(await mayUse(prompt, false)).toBe(false);
    expect(prompt.requestPermission).not.toHaveBeenCalled();
    expect(await mayUse(prompt, true)).toBe(true);
    expect(prompt.requestPermission).toHaveBeenCalledWith({ mode: 'readwrite' });
  });

  it('does not use a folder the person refused, and takes a handle without the methods as granted', async () => {
    expect(await mayUse(handle('prompt', 'denied'), true)).toBe(false);
    expect(await mayUse(handle('denied'), true)).toBe(false);
    expect(await mayUse({}, false)).toBe(true);
  });
});
