import { z } from 'zod';
import { isOnOrBefore, isoDateSchema } from '../dates';
import { frameworkIdSchema } from '../frameworks/types';
import { inspectionKindIdSchema } from '../kinds';
import { focusedVisitThemeIdSchema } from '../themes';
import { entityIdSchema, nonBlankSchema } from './common';

/**
 * Schema for a DfE local authority code: three digits, e.g. `330`
 * (Birmingham). The same code identifies the council in Ofsted's outcome
 * data, which has one row per LA (SI 2014/2407, https://www.legislation.gov.uk/uksi/2014/2407).
 */
export const laCodeSchema = z
  .string()
  .regex(/^\d{3}$/, { error: 'expected a DfE local authority code: three digits, e.g. 330' });

/** Schema for the inspected council. The LA is the inspected and graded body (test/fixtures/docs/ilacs.md §1.1c). */
const councilSchema = z.object({ name: nonBlankSchema, laCode: laCodeSchema });

/**
 * Roles on an inspection team. A `moderator` reviews grades beside the lead
 * inspector: Ofsted's quality assurance of judgements is done by the lead or
 * by a named colleague (test/fixtures/docs/ilacs.md §2.4 item 5).
 */
export const teamRoles = ['lead', 'inspector', 'council-officer', 'moderator'] as const;

/** Schema for one member of the team. */
const teamMemberSchema = z.object({
  name: nonBlankSchema,
  role: z.enum(teamRoles, { error: `expected a role: ${teamRoles.join(', ')}` }),
});

/** Schema for the on-site period; both days inclusive. */
const onSiteSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema })
  .refine((dates) => isOnOrBefore(dates.start, dates.end), {
    error: 'the on-site period cannot end before it starts',
    path: ['end'],
  });

/**
 * Schema for an inspection (or visit, or self-assessment). A focused visit
 * looks at exactly one theme (Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018); no other kind has one.
 */
export const inspectionSchema = z
  .object({
    id: entityIdSchema,
    kind: inspectionKindIdSchema,
    framework: frameworkIdSchema,
    council: councilSchema,
    onSite: onSiteSchema,
    team: z.array(teamMemberSchema),
    theme: focusedVisitThemeIdSchema.optional(),
  })
  .superRefine((inspection, ctx) => {
    if (inspection.kind === 'focused-visit' && inspection.theme === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'a focused visit looks at one theme: choose it',
        path: ['theme'],
      });
    }
    if (inspection.kind !== 'focused-visit' && inspection.theme !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'only a focused visit has a theme',
        path: ['theme'],
      });
    }
  });

/** An inspection, as parsed. */
export type Inspection = z.output<typeof inspectionSchema>;

/** A council, as parsed. */
export type Council = z.output<typeof councilSchema>;

/** A member of the inspection team. */
export type TeamMember = z.output<typeof teamMemberSchema>;
