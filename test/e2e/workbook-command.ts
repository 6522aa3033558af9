import path from 'node:path';

/**
 * The built `workbook` command (`npm run build:cli`, run by `npm run test:e2e`
 * first): the file a council's script runs, and a Node start-up per call
 * rather than tsx compiling the sources each time.
 */
export const WORKBOOK_CLI = path.resolve(import.meta.dirname, '../../dist-cli/workbook.mjs');
