import type { ImprovementTag } from '../../../../shared/domain';
import {
  addFinding,
  addImprovement,
  addPriorityAction,
  editFinding,
  editImprovement,
  editPriorityAction,
  moveFinding,
  removeFinding,
  removeImprovement,
  removePriorityAction,
  setSummary,
  type AddFindingInput,
  type EditFindingInput,
  type MoveDirection,
} from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { runCommand } from '../../db/workbook-repository';

/** `undefined` when the command went through, else the engine's refusal. */
export type WriteProblem = string | undefined;

/**
 * The report-writing commands of shared/workbook (summary, findings,
 * improvements, priority actions), run as the current user, each stored in
 * one transaction or not at all.
 */
export function useReportWriting(inspectionId: string) {
  const { db, userName } = useApp();
  async function run(command: Parameters<typeof runCommand>[3]): Promise<WriteProblem> {
    const outcome = await runCommand(db, inspectionId, userName, command);
    return outcome.ok ? undefined : outcome.error.message;
  }
  return {
    setSummary: (text: string) => run((c) => setSummary(c, text)),
    addFinding: (input: AddFindingInput) => run((c) => addFinding(c, input)),
    editFinding: (input: EditFindingInput) => run((c) => editFinding(c, input)),
    removeFinding: (id: string) => run((c) => removeFinding(c, id)),
    moveFinding: (id: string, direction: MoveDirection) =>
      run((c) => moveFinding(c, id, direction)),
    addImprovement: (text: string, tag: ImprovementTag | undefined) =>
      run((c) => addImprovement(c, text, tag)),
    editImprovement: (id: string, text: string, tag: ImprovementTag | null) =>
      run((c) => editImprovement(c, { id, text, tag })),
    removeImprovement: (id: string) => run((c) => removeImprovement(c, id)),
    addPriorityAction: (text: string) => run((c) => addPriorityAction(c, text)),
    editPriorityAction: (id: string, text: string) => run((c) => editPriorityAction(c, id, text)),
    removePriorityAction: (id: string) => run((c) => removePriorityAction(c, id)),
  };
}

/** The report-writing commands, as {@link useReportWriting} returns them. */
export type ReportWriting = ReturnType<typeof useReportWriting>;
