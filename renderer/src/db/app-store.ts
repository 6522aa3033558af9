import { encryptedDrafts } from '../features/evidence/encrypted-drafts';
import { openWorkbookDb, WORKBOOK_DB_NAME } from './db';
import { pageKeys } from './protection/page-keys';

/** The page's store, encrypted under the page's data key (locked until the unlock page gives it). */
export const appDb = openWorkbookDb(WORKBOOK_DB_NAME, pageKeys);

/** The evidence form's drafts, kept in the encrypted store. */
export const appDrafts = encryptedDrafts(appDb);
