import { useState } from 'react';
import type { AreaId, Judgement } from '../../../../shared/domain';
import { gradeFormErrors, type GradeFormErrors } from './form-errors';
import type { CommandProblem } from './use-judgement-commands';

/**
 * The grade form's state, started from the saved judgement (if any), and its
 * submit: checks the fields, then saves through `setGrade`. `failure` is the
 * engine's refusal, if it refuses.
 */
export function useGradeForm(
  area: AreaId,
  saved: Judgement | undefined,
  save: (input: {
    area: string;
    grade: string;
    rationale: string;
    evidenceIds: readonly string[];
  }) => Promise<CommandProblem>,
  onSaved: (grade: string) => void,
) {
  const [grade, setGrade] = useState<string>(saved?.grade ?? '');
  const [rationale, setRationale] = useState(saved?.rationale ?? '');
  const [evidenceIds, setEvidenceIds] = useState<readonly string[]>(saved?.evidenceIds ?? []);
  const [errors, setErrors] = useState<GradeFormErrors>({});
  const [failure, setFailure] = useState<string | undefined>();
  /** Bumped on every failed submit, so the error summary takes focus again. */
  const [attempt, setAttempt] = useState(0);

  /** Shows a command's refusal in the error summary (nothing when it went through). */
  function report(problem: CommandProblem): void {
    setFailure(problem);
    if (problem !== undefined) setAttempt((n) => n + 1);
  }

  async function submit(): Promise<void> {
    const found = gradeFormErrors(grade, rationale);
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const problem = await save({ area, grade, rationale: rationale.trim(), evidenceIds });
    report(problem);
    if (problem === undefined) onSaved(grade);
  }

  return {
    grade,
    setGrade,
    rationale,
    setRationale,
    evidenceIds,
    setEvidenceIds,
    errors,
    failure,
    attempt,
    submit,
    report,
  };
}
