import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { WorkbookErrorInfo } from '../../../shared/util/result';
import { getPlatform } from '../platform';

export type AppInfoState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly info: AppInfo }
  | { readonly status: 'failed'; readonly error: WorkbookErrorInfo };

/** Loads the app's identity and data location through the platform door. */
export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void getPlatform()
      .appInfo()
      .then((answer) => {
        if (!live) return;
        setState(
          answer.ok
            ? { status: 'ready', info: answer.data }
            : { status: 'failed', error: answer.error },
        );
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
