/** A refusal shown in the error summary, and the field it is about (if any). */
export type FieldProblem = {
  readonly text: string;
  readonly field: 'member' | 'keys' | 'certificate' | undefined;
};

/** The field a refusal of the roster's commands is about, from its stable code. */
export function fieldOf(code: string): FieldProblem['field'] {
  if (/^roster\.(signing-key|secret-key|many-keys|recipient)$/.test(code)) return 'keys';
  if (code.startsWith('roster.certificate')) return 'certificate';
  if (code === 'roster.not-on-team') return 'member';
  return undefined;
}
