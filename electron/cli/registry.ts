import type { Command } from './command';
import { conflictsCommand, linkCommand, reviewCommand } from './commands/conflicts';
import { demoCommand } from './commands/demo';
import { evidenceAddCommand, evidenceListCommand } from './commands/evidence';
import { acceptCommand, gradeCommand, moderateCommand } from './commands/grade';
import { importCommand } from './commands/import';
import { importsListCommand, importsRemoveCommand } from './commands/imports';
import { indicatorsCommand } from './commands/indicators';
import { judgeCommand } from './commands/judge';
import { logCommand, restoreCommand } from './commands/log';
import { mergeCommand } from './commands/merge';
import { newCommand } from './commands/new';
import { providerAddCommand, providerEditCommand, providerListCommand } from './commands/provider';
import { reportCommand } from './commands/report';
import {
  findingAddCommand,
  improveAddCommand,
  priorityAddCommand,
  summarySetCommand,
} from './commands/report-text';
import {
  findingEditCommand,
  findingMoveCommand,
  findingRemoveCommand,
  improveEditCommand,
  improveRemoveCommand,
  priorityEditCommand,
  priorityRemoveCommand,
} from './commands/report-text-edit';
import {
  findingListCommand,
  improveListCommand,
  priorityListCommand,
} from './commands/report-text-list';
import { verifyCommand } from './commands/verify';

/** Every sub-command, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  newCommand,
  providerAddCommand,
  providerListCommand,
  providerEditCommand,
  evidenceAddCommand,
  evidenceListCommand,
  gradeCommand,
  moderateCommand,
  acceptCommand,
  summarySetCommand,
  findingAddCommand,
  findingListCommand,
  findingEditCommand,
  findingMoveCommand,
  findingRemoveCommand,
  improveAddCommand,
  improveListCommand,
  improveEditCommand,
  improveRemoveCommand,
  priorityAddCommand,
  priorityListCommand,
  priorityEditCommand,
  priorityRemoveCommand,
  importCommand,
  importsListCommand,
  importsRemoveCommand,
  indicatorsCommand,
  judgeCommand,
  conflictsCommand,
  linkCommand,
  reviewCommand,
  reportCommand,
  verifyCommand,
  mergeCommand,
  logCommand,
  restoreCommand,
  demoCommand,
];
