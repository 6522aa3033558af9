import { err, ok, type Result } from '../../util/result';
import type { Acceptance, WarningRuleId } from '../model/acceptance';
import { isBlank } from '../model/common';

/** Who accepted a warning and why, as `judge()` reports it. */
export type AcceptedBy = { readonly by: string; readonly rationale: string };

/**
 * The acceptance in force for a warning: the latest (by `at`) that carries a
 * rationale, or `null`. An acceptance without a rationale never counts: a
 * warning can be accepted only with a recorded rationale (domain brief;
 * test/fixtures/docs/ilacs.md "What users of comparable systems ask for", item 5).
 */
export function acceptanceFor(
  rule: WarningRuleId,
  acceptances: readonly Acceptance[],
): AcceptedBy | null {
  let latest: Acceptance | undefined;
  for (const acceptance of acceptances) {
    if (acceptance.rule !== rule || isBlank(acceptance.rationale)) continue;
    if (latest === undefined || Date.parse(acceptance.at) >= Date.parse(latest.at))
      latest = acceptance;
  }
  return latest === undefined ? null : { by: latest.by, rationale: latest.rationale };
}

/**
 * Records the acceptance of a warning, refusing one without a rationale
 * (`warning.no-rationale`) or without a name (`warning.no-name`). Returns the
 * new list of acceptances; earlier ones are kept as history.
 */
export function acceptWarning(
  acceptances: readonly Acceptance[],
  acceptance: Acceptance,
): Result<readonly Acceptance[]> {
  if (isBlank(acceptance.rationale)) {
    return err(
      'warning.no-rationale',
      'A warning can only be accepted with a recorded rationale: say why the grades stand.',
    );
  }
  if (isBlank(acceptance.by)) {
    return err('warning.no-name', 'Record who is accepting the warning.');
  }
  return ok([...acceptances, acceptance]);
}
