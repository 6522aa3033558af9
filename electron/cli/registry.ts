import type { Command } from './command';

/**
 * One sub-command as the dispatcher knows it before loading it: its name, and
 * how to load its module. Each command module (and what it alone needs, such
 * as pdfmake for `report` or the demo generator for `demo`) is imported only
 * when that command runs, so a quick command such as `judge` does not pay for
 * compiling the others (https://nodejs.org/api/esm.html#import-expressions).
 */
export type CommandEntry = {
  /** One or two words, as typed: must equal the loaded command's `name`. */
  readonly name: string;
  readonly load: () => Promise<Command>;
};

/** Every sub-command, in the order `--help` lists them. */
export const commandEntries: readonly CommandEntry[] = [
  { name: 'new', load: async () => (await import('./commands/new')).newCommand },
  {
    name: 'provider add',
    load: async () => (await import('./commands/provider')).providerAddCommand,
  },
  {
    name: 'provider list',
    load: async () => (await import('./commands/provider')).providerListCommand,
  },
  {
    name: 'provider edit',
    load: async () => (await import('./commands/provider')).providerEditCommand,
  },
  {
    name: 'evidence add',
    load: async () => (await import('./commands/evidence')).evidenceAddCommand,
  },
  {
    name: 'evidence list',
    load: async () => (await import('./commands/evidence')).evidenceListCommand,
  },
  {
    name: 'evidence edit',
    load: async () => (await import('./commands/evidence')).evidenceEditCommand,
  },
  {
    name: 'evidence withdraw',
    load: async () => (await import('./commands/evidence')).evidenceWithdrawCommand,
  },
  { name: 'grade', load: async () => (await import('./commands/grade')).gradeCommand },
  { name: 'moderate', load: async () => (await import('./commands/grade')).moderateCommand },
  { name: 'accept', load: async () => (await import('./commands/grade')).acceptCommand },
  {
    name: 'summary set',
    load: async () => (await import('./commands/report-text')).summarySetCommand,
  },
  {
    name: 'finding add',
    load: async () => (await import('./commands/report-text')).findingAddCommand,
  },
  {
    name: 'finding list',
    load: async () => (await import('./commands/report-text-list')).findingListCommand,
  },
  {
    name: 'finding edit',
    load: async () => (await import('./commands/report-text-edit')).findingEditCommand,
  },
  {
    name: 'finding move',
    load: async () => (await import('./commands/report-text-edit')).findingMoveCommand,
  },
  {
    name: 'finding remove',
    load: async () => (await import('./commands/report-text-edit')).findingRemoveCommand,
  },
  {
    name: 'improve add',
    load: async () => (await import('./commands/report-text')).improveAddCommand,
  },
  {
    name: 'improve list',
    load: async () => (await import('./commands/report-text-list')).improveListCommand,
  },
  {
    name: 'improve edit',
    load: async () => (await import('./commands/report-text-edit')).improveEditCommand,
  },
  {
    name: 'improve remove',
    load: async () => (await import('./commands/report-text-edit')).improveRemoveCommand,
  },
  {
    name: 'priority add',
    load: async () => (await import('./commands/report-text')).priorityAddCommand,
  },
  {
    name: 'priority list',
    load: async () => (await import('./commands/report-text-list')).priorityListCommand,
  },
  {
    name: 'priority edit',
    load: async () => (await import('./commands/report-text-edit')).priorityEditCommand,
  },
  {
    name: 'priority remove',
    load: async () => (await import('./commands/report-text-edit')).priorityRemoveCommand,
  },
  { name: 'import', load: async () => (await import('./commands/import')).importCommand },
  { name: 'recheck', load: async () => (await import('./commands/recheck')).recheckCommand },
  {
    name: 'imports list',
    load: async () => (await import('./commands/imports')).importsListCommand,
  },
  {
    name: 'imports remove',
    load: async () => (await import('./commands/imports')).importsRemoveCommand,
  },
  { name: 'problems', load: async () => (await import('./commands/problems')).problemsCommand },
  {
    name: 'indicators',
    load: async () => (await import('./commands/indicators')).indicatorsCommand,
  },
  {
    name: 'comparators',
    load: async () => (await import('./commands/comparators')).comparatorsCommand,
  },
  {
    name: 'comparators update',
    load: async () => (await import('./commands/comparators')).comparatorsUpdateCommand,
  },
  { name: 'judge', load: async () => (await import('./commands/judge')).judgeCommand },
  { name: 'conflicts', load: async () => (await import('./commands/conflicts')).conflictsCommand },
  {
    name: 'cross-checks',
    load: async () => (await import('./commands/cross-checks')).crossChecksCommand,
  },
  {
    name: 'cross-checks evidence',
    load: async () => (await import('./commands/cross-checks')).crossCheckEvidenceCommand,
  },
  { name: 'link', load: async () => (await import('./commands/conflicts')).linkCommand },
  { name: 'review', load: async () => (await import('./commands/conflicts')).reviewCommand },
  { name: 'report', load: async () => (await import('./commands/report')).reportCommand },
  { name: 'verify', load: async () => (await import('./commands/verify')).verifyCommand },
  { name: 'merge', load: async () => (await import('./commands/merge')).mergeCommand },
  { name: 'sync', load: async () => (await import('./commands/sync')).syncCommand },
  { name: 'log', load: async () => (await import('./commands/log')).logCommand },
  { name: 'restore', load: async () => (await import('./commands/log')).restoreCommand },
  { name: 'demo', load: async () => (await import('./commands/demo')).demoCommand },
  { name: 'keys new', load: async () => (await import('./commands/keys')).keysNewCommand },
  { name: 'keys show', load: async () => (await import('./commands/keys')).keysShowCommand },
  { name: 'team key', load: async () => (await import('./commands/team')).teamKeyCommand },
  { name: 'team sign', load: async () => (await import('./commands/team')).teamSignCommand },
  { name: 'team add', load: async () => (await import('./commands/team')).teamAddCommand },
  { name: 'team remove', load: async () => (await import('./commands/team')).teamRemoveCommand },
];

/** Every sub-command loaded, in `--help` order (for the overview and tests). */
export async function loadCommands(): Promise<Command[]> {
  return Promise.all(commandEntries.map((entry) => entry.load()));
}
