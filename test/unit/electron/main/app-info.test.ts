import { describe, expect, it } from 'vitest';
import { createAppInfoHandler } from '../../../../electron/main/ipc/handlers/app-info';
import { ipcContract } from '../../../../shared/ipc/contract';

describe('app-info handler', () => {
  it('reports the app, its versions and where data is kept, within the contract', async () => {
    const info = await createAppInfoHandler({
      name: 'Inspection Workbook',
      version: '0.1.0',
      platform: 'win32',
      versions: { electron: '45.4.1', chrome: '140.0', node: '22.0.0', v8: '14', uv: '1' },
      dataLocation: 'C:\\Users\\inspector\\AppData\\Roaming\\Inspection Workbook',
    })();
    expect(ipcContract.appInfo.response.parse(info)).toEqual(info);
    expect(info.host).toBe('electron');
    expect(info.versions).toEqual({
      electron: '45.4.1',
      chrome: '140.0',
      node: '22.0.0',
      v8: '14',
    });
  });
});
