import {
  frameworkForDate,
  type FrameworkId,
  type InspectionKindId,
  type TeamMember,
} from '../domain';
import type { Result } from '../util/result';
import { checked, refuse, type CommandContext, type CommandOutcome } from './context';
import { entityTypes } from './entities';

/** What `workbook new` asks for. */
export type NewInspectionInput = {
  readonly kind: InspectionKindId;
  /** Without it, the on-site start date decides (frameworks.ts). */
  readonly framework?: FrameworkId;
  readonly council: { readonly name: string; readonly laCode: string };
  readonly onSite: { readonly start: string; readonly end: string };
  readonly team: readonly TeamMember[];
  readonly theme?: string;
};

/** Creates the one inspection a workbook is for. */
export function createInspection(
  context: CommandContext,
  input: NewInspectionInput,
): Result<CommandOutcome> {
  if (context.operations.some((op) => op.entity === entityTypes.inspection)) {
    return refuse('inspection.exists', 'This workbook already holds an inspection.');
  }
  const framework = input.framework ?? frameworkForDate(input.onSite.start)?.id;
  if (framework === undefined) {
    return refuse(
      'inspection.no-framework',
      `No ILACS framework applies to an on-site date of ${input.onSite.start} (ILACS began on 2018-01-01); pass --framework.`,
    );
  }
  const id = context.newId('insp');
  const operations = context.recorder.create(entityTypes.inspection, id, {
    kind: input.kind,
    framework,
    council: input.council,
    onSite: input.onSite,
    team: input.team,
    ...(input.theme === undefined ? {} : { theme: input.theme }),
  });
  return checked(context, id, operations);
}
