import { z } from 'zod';
import { isOnOrBefore, isoDateSchema } from '../dates';
import { distinctArray, entityIdSchema, nonBlankSchema } from './common';
import { companyNumberSchema } from './company-number';
import { laCodeSchema } from './inspection';

/**
 * Legal forms of a body running delegated children's services. Delegation
 * under CYPA 2008 Part 1 is to a "body corporate" (CMA market study of children’s social care, https://www.gov.uk/cma-cases/childrens-social-care-study); the forms
 * seen in reports are community interest companies (Achieving for Children),
 * council-owned companies (Slough Children First), trusts set up as
 * companies, and charities (test/fixtures/docs/ilacs.md §1.1c).
 */
export const legalForms = [
  'cic',
  'company-limited-by-guarantee',
  'company-limited-by-shares',
  'charity',
  'mutual',
  'council-owned-company',
  'other',
] as const;

/** A provider's legal form. */
export type LegalForm = (typeof legalForms)[number];

/**
 * Functions delegated to a provider (CMA market study of children’s social care, https://www.gov.uk/cma-cases/childrens-social-care-study):
 * - `relevant-care`: the "relevant care functions" of CYPA 2008 Part 1
 *   (looked-after children; care-leaver duties under ss.23B–24D Children Act 1989);
 * - `wider`: the wider children's social services functions added by the
 *   2014 Regulations (SI 2014/2407), including child protection.
 */
export const delegatedFunctions = ['relevant-care', 'wider'] as const;

/** One kind of delegated function. */
export type DelegatedFunction = (typeof delegatedFunctions)[number];

/** Schema for a delegated provider's contract period; `end` is absent while open-ended. */
const contractSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema.optional() })
  .refine((contract) => contract.end === undefined || isOnOrBefore(contract.start, contract.end), {
    error: 'the contract cannot end before it starts',
    path: ['end'],
  });

/**
 * Schema for a delegated provider: a trust or company to which the council
 * delegates children's social care functions. Providers are not inspected
 * separately; their work is judged inside the council's inspection
 * (SI 2014/2407, https://www.legislation.gov.uk/uksi/2014/2407). One provider may serve several councils, e.g.
 * Northamptonshire Children's Trust for West and North Northamptonshire
 * (test/fixtures/docs/ilacs.md §1.1c), so `councils` lists every LA code it serves.
 */
export const providerSchema = z.object({
  id: entityIdSchema.refine((id) => id !== 'council', {
    error: 'the id "council" is reserved for the council\'s own evidence',
  }),
  name: nonBlankSchema,
  legalForm: z.enum(legalForms, { error: `expected a legal form: ${legalForms.join(', ')}` }),
  companyNumber: companyNumberSchema.optional(),
  forProfit: z.boolean(),
  functions: distinctArray(
    z.enum(delegatedFunctions, { error: 'expected relevant-care or wider' }),
    'delegated function',
  ).min(1, { error: 'a delegated provider holds at least one kind of function' }),
  contract: contractSchema,
  councils: distinctArray(laCodeSchema, 'council').min(1, {
    error: 'list the LA code of every council the provider serves',
  }),
});

/** A delegated provider, as parsed. */
export type Provider = z.output<typeof providerSchema>;
