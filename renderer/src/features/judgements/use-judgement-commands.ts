import { acceptRule, moderate, setGrade, type SetGradeInput } from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { runCommand } from '../../db/workbook-repository';

/** What a judgement command returns: `undefined` when done, else the refusal's message. */
export type CommandProblem = string | undefined;

/**
 * The judgement commands of shared/workbook, run as the current user: the
 * engine decides who prepared and who moderated a grade from that name.
 */
export function useJudgementCommands(inspectionId: string) {
  const { db, userName } = useApp();
  async function run(command: Parameters<typeof runCommand>[3]): Promise<CommandProblem> {
    const outcome = await runCommand(db, inspectionId, userName, command);
    return outcome.ok ? undefined : outcome.error.message;
  }
  return {
    userName,
    grade: (input: SetGradeInput) => run((context) => setGrade(context, input)),
    moderate: (area: string) => run((context) => moderate(context, area)),
    accept: (rule: string, rationale: string) =>
      run((context) => acceptRule(context, rule, rationale)),
  };
}
