import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbookDb } from '../../../renderer/src/db/db';
import { loadWorkbook, runCommand } from '../../../renderer/src/db/workbook-repository';
import { judge } from '../../../shared/domain';
import { acceptRule, moderate, setGrade, type SetGradeInput } from '../../../shared/tasks';
import type { CommandContext, CommandOutcome } from '../../../shared/workbook';
import type { Result } from '../../../shared/util/result';
import { json, newWorkbook, runProcess, workDir, type CliRun } from '../electron/cli/helpers';
import { appInspection, freshStore, refusalOf } from './app-store';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** One step, as the command's flags and as the task the app runs, by one person. */
type Step = {
  readonly as: string;
  readonly args: readonly string[];
  readonly task: (context: CommandContext) => Result<CommandOutcome>;
  readonly refused: boolean;
};

function grade(as: string, input: SetGradeInput, refused = false): Step {
  return {
    as,
    args: ['grade', '--area', input.area, '--grade', input.grade, '--rationale', input.rationale],
    task: (context) => setGrade(context, input),
    refused,
  };
}

/** Every ISO date and time replaced: the moments differ between the two runs. */
function timeless(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value).replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, 'TIME'));
}

describe('grade, moderate, accept: the command and the app record and refuse alike', () => {
  it('the same steps give the same judgement and the same refusals', async () => {
    const steps: readonly Step[] = [
      grade('Ruth', { area: 'leaders', grade: 'inadequate', rationale: 'Weak oversight.' }),
      // The 2026 framework grades no overall effectiveness for an Ofsted inspection.
      grade('Lead', { area: 'overall', grade: 'good', rationale: 'Overall.' }, true),
      grade('Ruth', { area: 'help-and-protection', grade: 'magnificent', rationale: 'x' }, true),
      // Only the lead or a moderator on the team moderates.
      {
        as: 'Ruth',
        args: ['moderate', '--area', 'leaders'],
        task: (c) => moderate(c, 'leaders'),
        refused: true,
      },
      {
        as: 'Lead',
        args: ['moderate', '--area', 'leaders'],
        task: (c) => moderate(c, 'leaders'),
        refused: false,
      },
      {
        as: 'Lead',
        args: ['accept', '--rule', 'no-such-rule', '--rationale', 'Because.'],
        task: (c) => acceptRule(c, 'no-such-rule', 'Because.'),
        refused: true,
      },
      grade('Lead', { area: 'children-in-care', grade: 'good', rationale: 'Stable homes.' }),
    ];
    const file = await newWorkbook(await workDir(), 'judgements', ['--inspector', 'Ruth']);
    db = freshStore();
    const inspectionId = await appInspection(db, {
      team: [
        { name: 'Lead', role: 'lead' },
        { name: 'Ruth', role: 'inspector' },
      ],
    });
    const refusals: { cli: string; app: string }[] = [];
    for (const step of steps) {
      const [command, ...flags] = step.args;
      const cli: CliRun = await runProcess([command ?? '', file, ...flags, '--as', step.as]);
      const app = await runCommand(db, inspectionId, step.as, step.task);
      expect({ step: step.args.join(' '), cli: cli.code === 0, app: app.ok }).toEqual({
        step: step.args.join(' '),
        cli: !step.refused,
        app: !step.refused,
      });
      if (!app.ok) refusals.push({ cli: refusalOf(cli.stderr, file), app: app.error.message });
    }
    expect(refusals).toHaveLength(4);
    for (const refusal of refusals) expect(refusal.cli).toBe(refusal.app);
    const cliJudgement = json(await runProcess(['judge', file, '--json']));
    const appWorkbook = await loadWorkbook(db, inspectionId);
    if (!appWorkbook.ok) throw new Error(appWorkbook.error.message);
    const appJudgement = judge(appWorkbook.data);
    expect(Object.fromEntries(appWorkbook.data.judgements.map((j) => [j.area, j.grade]))).toEqual({
      leaders: 'inadequate',
      'children-in-care': 'good',
    });
    expect(timeless(appJudgement)).toEqual(timeless(cliJudgement));
  });
});
