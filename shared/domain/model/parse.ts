import { err, ok, type Result } from '../../util/result';
import { checkIntegrity } from './integrity';
import { workbookShapeSchema, type Workbook } from './workbook';
import { describeIssues } from '../../util/zod-issues';

/**
 * Schema for a whole workbook: {@link workbookShapeSchema} plus the
 * cross-reference checks of `checkIntegrity`.
 */
const workbookSchema = workbookShapeSchema.superRefine((workbook, ctx) => {
  for (const issue of checkIntegrity(workbook)) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path] });
  }
});

/**
 * Parses untrusted data (an import, a bundle, a script's input) into a
 * workbook. The error (`workbook.invalid`) lists every problem with its path.
 */
export function parseWorkbook(data: unknown): Result<Workbook> {
  const result = workbookSchema.safeParse(data);
  if (result.success) return ok(result.data);
  return err('workbook.invalid', describeIssues(result.error, '(workbook)'));
}
