import { normaliseCompanyNumber, type DelegatedFunction, type LegalForm } from '../domain';
import { ok, type Result } from '../util/result';
import {
  checked,
  currentWorkbook,
  present,
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
 * What `workbook provider edit` asks for: the provider's id and the fields to
 * set. A field left out keeps its value; `contract` is set whole (start and,
 * when the contract has one, end).
 */
export type EditProviderInput = {
  readonly id: string;
} & Partial<AddProviderInput>;

/** Companies House numbers are kept as 8-character text (01234567, SC123456). */
function companyNumberOf(input: string | undefined): Result<string | undefined> {
  if (input === undefined) return ok(undefined);
  const number = normaliseCompanyNumber(input);
  if (number === undefined) {
    return refuse(
      'provider.company-number',
      `"${input}" is not a Companies House number: use 8 characters such as 01234567 or SC123456.`,
    );
  }
  return ok(number);
}

/** The inspected council first, then the others it serves, each once. */
function councilsOf(laCode: string, others: readonly string[]): string[] {
  return [laCode, ...new Set(others.filter((code) => code !== laCode))];
}

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
  const companyNumber = companyNumberOf(input.companyNumber);
  if (!companyNumber.ok) return companyNumber;
  const id = context.newId('prov');
  const operations = context.recorder.create(entityTypes.provider, id, {
    name: input.name.trim(),
    legalForm: input.legalForm,
    ...(companyNumber.data === undefined ? {} : { companyNumber: companyNumber.data }),
    forProfit: input.forProfit,
    functions: [...new Set(input.functions)],
    contract: input.contract,
    councils: councilsOf(workbook.data.inspection.council.laCode, input.otherCouncils ?? []),
  });
  return checked(context, id, operations);
}

/**
 * Changes a delegated provider's details. Only the fields whose value
 * actually changes are recorded (one op each), so saving an unchanged form
 * writes nothing and cannot overturn a colleague's concurrent edit of another
 * field. The whole workbook is checked as for {@link addProvider}: a blank
 * name, no functions or a contract ending before it starts are refused.
 * Switching a provider holding the 2014 wider functions to profit-making is
 * allowed (it is what the inspector found); the SI 2014/2407 warning then shows.
 */
export function editProvider(
  context: CommandContext,
  input: EditProviderInput,
): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const provider = workbook.data.providers.find((p) => p.id === input.id);
  if (provider === undefined) {
    const known = workbook.data.providers.map((p) => p.id).join(', ');
    return refuse(
      'provider.unknown',
      `There is no delegated provider "${input.id}" in this workbook${known === '' ? '' : `; providers: ${known}`}.`,
    );
  }
  const companyNumber = companyNumberOf(input.companyNumber);
  if (!companyNumber.ok) return companyNumber;
  const fields: Record<string, unknown> = {
    ...(input.name === undefined ? {} : { name: input.name.trim() }),
    ...(input.legalForm === undefined ? {} : { legalForm: input.legalForm }),
    ...(companyNumber.data === undefined ? {} : { companyNumber: companyNumber.data }),
    ...(input.forProfit === undefined ? {} : { forProfit: input.forProfit }),
    ...(input.functions === undefined ? {} : { functions: [...new Set(input.functions)] }),
    ...(input.contract === undefined
      ? {}
      : {
          contract: {
            start: input.contract.start,
            ...(input.contract.end === undefined ? {} : { end: input.contract.end }),
          },
        }),
    ...(input.otherCouncils === undefined
      ? {}
      : { councils: councilsOf(workbook.data.inspection.council.laCode, input.otherCouncils) }),
  };
  const operations = present(
    Object.entries(fields).map(([field, value]) =>
      context.recorder.change({ entity: entityTypes.provider, id: provider.id, field, value }),
    ),
  );
  return checked(context, provider.id, operations);
}
