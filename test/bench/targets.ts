/**
 * The speed targets of the README’s How fast table, measured on this 2-core
 * machine by `npm run bench`. A benchmark registers under one of these ids.
 */
export const speedTargets = [
  {
    id: 'import-903',
    work: 'import + validate + store 100,000 SSDA903 episode rows',
    targetMs: 3000,
  },
  {
    id: 'ssda903-rules',
    work: 'read and check 100,000 episodes with every table, all DfE rules',
    targetMs: 2000,
  },
  {
    id: 'ssda903-rules-chromium',
    work: 'the same through the Records page in Chromium (import, all DfE rules, store)',
    targetMs: 4000,
  },
  {
    id: 'annex-a',
    work: 'read a 100,000-row Annex A workbook (ratio to read-excel-file alone)',
    targetMs: 1.2,
  },
  {
    id: 'indicators',
    work: 'recompute all indicators for a council with 100,000 episodes',
    targetMs: 200,
  },
  {
    id: 'conflicts',
    work: 'conflicts for one council against 10,000 providers, 50,000 companies',
    targetMs: 100,
  },
  { id: 'report', work: 'render a 100-page report (ratio to bare pdfmake)', targetMs: 1.2 },
  {
    id: 'encryption-import',
    work: 'import 100,000 episodes with the store encrypted (ratio to the same app kept plain)',
    targetMs: 1.15,
  },
  {
    id: 'encryption-open',
    work: 'open a 100,000-row workbook to its overview, encrypted (ratio to plain)',
    targetMs: 1.15,
  },
  { id: 'unlock', work: 'unlock the encrypted store with the passphrase', targetMs: 1000 },
  {
    id: 'open',
    work: 'open a workbook holding 100,000 rows to an interactive first screen',
    targetMs: 1000,
  },
  {
    id: 'indicators-screen',
    work: 'the Indicators screen, first visit, 100,000 episodes (navigation to table)',
    targetMs: 300,
  },
  {
    id: 'conflicts-screen',
    work: 'the Conflicts screen, first visit, 100,000 episodes',
    targetMs: 300,
  },
  {
    id: 'indicators-pooled',
    work: 'indicators for a council of 100,000 episodes + 3 providers repeating half of them',
    targetMs: 200,
  },
  {
    id: 'merge',
    work: 'merge 5 inspectors × 2,000 edits each into one workbook',
    targetMs: 150,
  },
  {
    id: 'sync',
    work: 'one team-folder sync pass merging 6 authors × 5,000 changes',
    targetMs: 1000,
  },
  {
    id: 'cin-read',
    work: 'read and check a CIN census of 50,000 children (schema and DfE rules), Node',
    targetMs: 2000,
  },
  {
    id: 'cin-read-chromium',
    work: 'read and check a CIN census of 50,000 children through the Records page, Chromium',
    targetMs: 4000,
  },
  {
    id: 'cin-indicators',
    work: 'the CIN census indicators of 50,000 children, from the index kept at import',
    targetMs: 200,
  },
  {
    id: 'cli-judge',
    work: 'the built `workbook judge` on the demo, wall time (beside `node -e ""`)',
    targetMs: 400,
  },
] as const;

export type TargetId = (typeof speedTargets)[number]['id'];
