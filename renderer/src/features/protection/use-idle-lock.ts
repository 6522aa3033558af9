import { useEffect } from 'react';

/** What counts as use: any key, click, touch, scroll or pointer move in the window. */
const ACTIVITY = [
  'keydown',
  'pointerdown',
  'pointermove',
  'wheel',
  'touchstart',
  'focusin',
] as const;

/**
 * Calls `lock` after `minutes` without use. The deadline is checked against
 * the clock every few seconds, not left to one long timer, since a laptop
 * that sleeps pauses timers: on waking past the deadline it locks at once.
 */
export function useIdleLock(minutes: number, lock: () => void): void {
  useEffect(() => {
    const limit = minutes * 60_000;
    let last = Date.now();
    const used = () => {
      last = Date.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, used, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last >= limit) lock();
    }, 5_000);
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, used);
      window.clearInterval(timer);
    };
  }, [minutes, lock]);
}
