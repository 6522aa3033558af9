import { delegatedFunctions, legalForms } from '../../../shared/domain';
import { addProvider, currentWorkbook, editProvider } from '../../../shared/workbook';
import {
  date,
  fileArgument,
  flag,
  list,
  oneOf,
  optional,
  required,
  type Command,
} from '../command';
import { mutate } from '../mutate';
import { usageError } from '../errors';
import { openWorkbook } from '../store';

/** `workbook provider add`: registers a delegated provider. */
export const providerAddCommand: Command = {
  name: 'provider add',
  summary: 'register a delegated provider',
  usage: `provider add <file> --name NAME [--company-number N] [--legal-form ${legalForms.join('|')}] [--for-profit] [--functions relevant-care|wider]… [--contract-start DATE] [--contract-end DATE] [--council CODE]…`,
  details: [
    '--functions relevant-care: the 2008 "relevant care functions" (looked-after children, care leavers);',
    '--functions wider: the 2014 wider functions, which only not-for-profit bodies may hold (SI 2014/2407).',
    'Default: relevant-care, not for profit, legal form "other", contract from the on-site date.',
    '--council adds another council (LA code) the provider also serves.',
    'Prints the new provider id.',
  ],
  options: {
    name: { type: 'string' },
    'company-number': { type: 'string' },
    'legal-form': { type: 'string' },
    'for-profit': { type: 'boolean' },
    functions: { type: 'string', multiple: true },
    'contract-start': { type: 'string' },
    'contract-end': { type: 'string' },
    council: { type: 'string', multiple: true },
  },
  positionals: ['file'],
  async run(parsed, env) {
    const file = fileArgument(parsed);
    const name = required(parsed, 'name');
    const legalForm = oneOf(optional(parsed, 'legal-form') ?? 'other', legalForms, 'Legal form');
    const functionNames = list(parsed, 'functions');
    const functions = (functionNames.length === 0 ? ['relevant-care'] : functionNames).map((f) =>
      oneOf(f, delegatedFunctions, 'Function'),
    );
    const companyNumber = optional(parsed, 'company-number');
    const start = optional(parsed, 'contract-start');
    const end = optional(parsed, 'contract-end');
    return mutate(file, env, (context) => {
      const current = currentWorkbook(context);
      const onSite = current.ok ? current.data.inspection.onSite.start : env.today();
      return addProvider(context, {
        name,
        legalForm,
        ...(companyNumber === undefined ? {} : { companyNumber }),
        forProfit: flag(parsed, 'for-profit'),
        functions,
        contract: {
          start: start === undefined ? onSite : date(start, '--contract-start'),
          ...(end === undefined ? {} : { end: date(end, '--contract-end') }),
        },
        otherCouncils: list(parsed, 'council'),
      });
    });
  },
};

/** `workbook provider edit`: changes a delegated provider's details; only changed fields are recorded. */
export const providerEditCommand: Command = {
  name: 'provider edit',
  summary: 'change a delegated provider’s details',
  usage: `provider edit <file> <provider-id> [--name NAME] [--company-number N] [--legal-form ${legalForms.join('|')}] [--for-profit | --not-for-profit] [--functions relevant-care|wider]… [--contract-start DATE] [--contract-end DATE] [--council CODE]… [--json]`,
  details: [
    'Only the flags given change; a field given its current value records nothing.',
    '--functions (repeatable) replaces the functions delegated; --council (repeatable) replaces the other councils served.',
    'Switching a holder of the 2014 wider functions to --for-profit is recorded, and `judge` then shows the SI 2014/2407 warning.',
    'Prints the provider id.',
  ],
  options: {
    name: { type: 'string' },
    'company-number': { type: 'string' },
    'legal-form': { type: 'string' },
    'for-profit': { type: 'boolean' },
    'not-for-profit': { type: 'boolean' },
    functions: { type: 'string', multiple: true },
    'contract-start': { type: 'string' },
    'contract-end': { type: 'string' },
    council: { type: 'string', multiple: true },
  },
  positionals: ['file', 'provider-id'],
  async run(parsed, env) {
    const file = fileArgument(parsed);
    const id = parsed.positionals[1];
    if (id === undefined) throw usageError('the provider id is missing');
    if (flag(parsed, 'for-profit') && flag(parsed, 'not-for-profit'))
      throw usageError('give --for-profit or --not-for-profit, not both');
    const name = optional(parsed, 'name');
    if (name?.trim() === '') throw usageError('--name cannot be blank');
    const legalFormName = optional(parsed, 'legal-form');
    const legalForm =
      legalFormName === undefined ? undefined : oneOf(legalFormName, legalForms, 'Legal form');
    const functionNames = list(parsed, 'functions');
    const functions = functionNames.map((f) => oneOf(f, delegatedFunctions, 'Function'));
    const companyNumber = optional(parsed, 'company-number');
    const forProfit = flag(parsed, 'for-profit')
      ? true
      : flag(parsed, 'not-for-profit')
        ? false
        : undefined;
    const startFlag = optional(parsed, 'contract-start');
    const endFlag = optional(parsed, 'contract-end');
    const start = startFlag === undefined ? undefined : date(startFlag, '--contract-start');
    const end = endFlag === undefined ? undefined : date(endFlag, '--contract-end');
    const councils = list(parsed, 'council');
    return mutate(file, env, (context) => {
      // A contract flag changes one end of the current contract, keeping the other.
      const current = currentWorkbook(context);
      const contract = current.ok
        ? current.data.providers.find((p) => p.id === id)?.contract
        : undefined;
      const newEnd = end ?? contract?.end;
      return editProvider(context, {
        id,
        ...(name === undefined ? {} : { name }),
        ...(legalForm === undefined ? {} : { legalForm }),
        ...(companyNumber === undefined ? {} : { companyNumber }),
        ...(forProfit === undefined ? {} : { forProfit }),
        ...(functions.length === 0 ? {} : { functions }),
        ...(contract === undefined || (start === undefined && end === undefined)
          ? {}
          : {
              contract: {
                start: start ?? contract.start,
                ...(newEnd === undefined ? {} : { end: newEnd }),
              },
            }),
        ...(councils.length === 0 ? {} : { otherCouncils: councils }),
      });
    });
  },
};

/** `workbook provider list`: the delegated providers, with their flags. */
export const providerListCommand: Command = {
  name: 'provider list',
  summary: 'list the delegated providers',
  usage: 'provider list <file> [--json]',
  options: {},
  positionals: ['file'],
  async run(parsed) {
    const { workbook } = await openWorkbook(fileArgument(parsed));
    const providers = workbook.providers;
    const text =
      providers.length === 0
        ? 'No delegated providers yet.'
        : providers
            .map(
              (p) =>
                `${p.id}  ${p.name}  (${p.legalForm}${p.companyNumber === undefined ? '' : `, ${p.companyNumber}`}; ${p.forProfit ? 'for profit' : 'not for profit'}; functions: ${p.functions.join(', ')})`,
            )
            .join('\n');
    return { json: { providers }, text };
  },
};
