// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addEvidence } from '../../../../../shared/workbook';
import { AppContext } from '../../../../../renderer/src/app/app-context';
import type { WorkbookDb } from '../../../../../renderer/src/db/db';
import { runCommand } from '../../../../../renderer/src/db/workbook-repository';
import { appInspection, freshStore } from '../../../parity/app-store';

const teamPass = vi.fn(async () => 'not-shared' as const);
vi.mock('../../../../../renderer/src/features/team-folder/team-sync', () => ({ teamPass }));
// The import worker is not needed: no pass runs for real here.
vi.mock('../../../../../renderer/src/features/records/parse-in-worker', () => ({
  parseInWorker: vi.fn(),
}));

const { useBackgroundTeamSync, PASS_EVERY_MS, WRITE_AFTER_SAVE_MS } =
  await import('../../../../../renderer/src/features/team-folder/use-team-folder');

let db: WorkbookDb | undefined;
afterEach(async () => {
  vi.useRealTimers();
  teamPass.mockClear();
  await db?.delete();
  db = undefined;
});

describe('the team folder’s passes while an inspection is open', () => {
  it('passes on opening, on window focus, on its timer, and once shortly after a burst of saves', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    db = freshStore();
    const d = db;
    const inspectionId = await appInspection(d);
    const wrapper = ({ children }: { readonly children: ReactNode }) => (
      <AppContext.Provider value={{ db: d, userName: 'Amara Okafor' }}>
        {children}
      </AppContext.Provider>
    );
    const { unmount } = renderHook(() => useBackgroundTeamSync(inspectionId), { wrapper });
    expect(teamPass).toHaveBeenCalledTimes(1);
    expect(teamPass).toHaveBeenLastCalledWith(
      expect.objectContaining({ inspectionId, author: 'Amara Okafor' }),
    );
    window.dispatchEvent(new FocusEvent('focus'));
    expect(teamPass).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(PASS_EVERY_MS);
    expect(teamPass).toHaveBeenCalledTimes(3);
    // Let the live count of saves settle before saving.
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const text of ['First note', 'Second note']) {
      await runCommand(d, inspectionId, 'Amara Okafor', (context) =>
        addEvidence(context, {
          source: 'council',
          areas: ['leaders'],
          finding: 'strength',
          text,
          kind: 'meeting',
          relatesTo: '2026-10-05',
        }),
      );
    }
    expect(teamPass).toHaveBeenCalledTimes(3);
    await vi.waitFor(() => expect(teamPass).toHaveBeenCalledTimes(4), {
      timeout: WRITE_AFTER_SAVE_MS + 2_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(teamPass).toHaveBeenCalledTimes(4);
    unmount();
    window.dispatchEvent(new FocusEvent('focus'));
    vi.advanceTimersByTime(PASS_EVERY_MS);
    expect(teamPass).toHaveBeenCalledTimes(4);
  });
});
