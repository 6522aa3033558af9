// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useIdleLock } from '../../../../../renderer/src/features/protection/use-idle-lock';

afterEach(() => {
  vi.useRealTimers();
});

describe('locking after idle minutes', () => {
  it('locks once the minutes pass without use, and any use starts them again', () => {
    vi.useFakeTimers();
    const lock = vi.fn();
    renderHook(() => useIdleLock(15, lock));
    vi.advanceTimersByTime(14 * 60_000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    vi.advanceTimersByTime(14 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000 + 5_000);
    expect(lock).toHaveBeenCalled();
  });

  it('locks at once on waking past the deadline (a laptop that slept)', () => {
    vi.useFakeTimers();
    const lock = vi.fn();
    renderHook(() => useIdleLock(1, lock));
    // The clock jumps while timers were paused; the next check sees it.
    vi.setSystemTime(Date.now() + 10 * 60_000);
    vi.advanceTimersByTime(5_000);
    expect(lock).toHaveBeenCalledTimes(1);
  });
});
