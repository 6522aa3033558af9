import { createDataKeys } from './data-keys';

/** The page's data key: one per page, given by the unlock page, dropped by a lock. */
export const pageKeys = createDataKeys();
