import { normaliseCompanyNumber, type DelegatedFunction, type LegalForm } from '../domain';
import type { Result } from '../util/result';
import {
  checked,
  currentWorkbook,
  refuse,
  type CommandContext,
  type CommandOutcome,
} from './context';
import { entityTypes } from './entities';

/** What `workbook provider add` asks for. */
export type AddProviderInput = {
  readonly name: string;
  readonly legalForm: LegalForm;
  readonly companyNumber?: string;
  readonly forProfit: boolean;
  readonly functions: readonly DelegatedFunction[];
  readonly contract: { readonly start: string; readonly end?: string };
  /** Other councils it serves, beside the inspected one. */
  readonly otherCouncils?: readonly string[];
};

/**
 * Registers a delegated provider. The inspected council is always among the
 * councils it serves; Companies House numbers are kept as 8-character text.
 */
export function addProvider(
  context: CommandContext,
  input: AddProviderInput,
): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  let companyNumber: string | undefined;
  if (input.companyNumber !== undefined) {
    companyNumber = normaliseCompanyNumber(input.companyNumber);
    if (companyNumber === undefined) {
      return refuse(
        'provider.company-number',
        `"${input.companyNumber}" is not a Companies House number: use 8 characters such as 01234567 or SC123456.`,
      );
    }
  }
  const laCode = workbook.data.inspection.council.laCode;
  const councils = [laCode, ...(input.otherCouncils ?? []).filter((code) => code !== laCode)];
  const id = context.newId('prov');
  const operations = context.recorder.create(entityTypes.provider, id, {
    name: input.name.trim(),
    legalForm: input.legalForm,
    ...(companyNumber === undefined ? {} : { companyNumber }),
    forProfit: input.forProfit,
    functions: [...new Set(input.functions)],
    contract: input.contract,
    councils,
  });
  return checked(context, id, operations);
}
