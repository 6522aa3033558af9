import { delegatedFunctions, legalForms } from '../../../shared/domain';
import { addProvider, currentWorkbook } from '../../../shared/workbook';
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
