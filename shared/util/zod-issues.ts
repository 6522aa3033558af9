import type { z } from 'zod';

/** The first problem zod found, as the one-line errors of the app and the command show it. */
export type FirstIssue = {
  /** The failing field's path, such as `values.0.source`; `''` when the whole value fails. */
  readonly field: string;
  /** The same path as zod gives it, for callers that look up the top field. */
  readonly path: readonly PropertyKey[];
  readonly message: string;
};

function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.');
}

/**
 * The first issue of a failed parse, for errors that name one field ("field
 * "x": expected …"). The one place zod issues become text, so every refusal
 * names its field the same way (https://zod.dev/error-formatting).
 */
export function firstIssue(error: z.ZodError): FirstIssue {
  const issue = error.issues[0];
  return issue === undefined
    ? { field: '', path: [], message: 'invalid' }
    : { field: pathOf(issue), path: issue.path, message: issue.message };
}

/**
 * Every issue as `path: message`, joined by `; `; an issue about the whole
 * value is labelled `whole` (e.g. `(request)`, `(workbook)`).
 */
export function describeIssues(error: z.ZodError, whole: string): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? pathOf(issue) : whole}: ${issue.message}`)
    .join('; ');
}
