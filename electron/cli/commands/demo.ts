import { frameworkIds } from '../../../shared/domain';
import { createHash } from 'node:crypto';
import { addDemoRecords, buildDemo, signDemo } from '../../../shared/demo';
import { workbookFromOperations } from '../../../shared/workbook';
import { flag, oneOf, optional, required, type Command } from '../command';
import { CliError } from '../errors';
import { checkOutputs } from '../files/out-target';
import { newId, saveBundle, sealedBundle, sealingForNew } from '../store';

function now(): string {
  return new Date().toISOString();
}

/** `workbook demo`: writes the demo workbook. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'write a realistic demo workbook for a fictional council',
  usage: 'demo --out <file> [--framework ilacs-2026|ilacs-2023|ilacs-2018] [--force]',
  details: [
    'Northmoor Borough Council and three delegated providers: a children’s trust CIC, a social',
    'work practice, and a profit-making early-help provider that the not-for-profit rule flags.',
    'ilacs-2023 also grades overall effectiveness, with a limiting-rule warning to accept.',
    'Records: a synthetic SSDA903 return for the council and for each provider serving children,',
    'the trust’s Annex A and an Ofsted provider list, imported through the usual readers, with a',
    'handful of planted data problems (--without-records leaves them out).',
    'Every change is signed with the demo team’s keys, made from a published seed (never real',
    'keys), and the lead has signed its team roster.',
    '<file> must not exist yet (--force replaces it). Prints the inspection id.',
  ],
  options: {
    out: { type: 'string' },
    framework: { type: 'string' },
    'without-records': { type: 'boolean' },
    force: { type: 'boolean' },
  },
  positionals: [],
  async run(parsed, env) {
    const out = required(parsed, 'out');
    await checkOutputs([out], [], flag(parsed, 'force'));
    const sealing = await sealingForNew();
    const framework = oneOf(
      optional(parsed, 'framework') ?? 'ilacs-2026',
      frameworkIds,
      'Framework',
    );
    const base = buildDemo(framework, { newId, now });
    const built = flag(parsed, 'without-records')
      ? { operations: base, parts: {} }
      : addDemoRecords(base, {
          newId,
          now,
          sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
        });
    // Signed by the demo team's published keys, with its roster signed by the lead.
    const operations = await signDemo(built.operations, { newId, now });
    const { parts } = built;
    const workbook = workbookFromOperations(operations);
    if (!workbook.ok) throw new CliError(`demo: ${workbook.error.message}`);
    const id = workbook.data.inspection.id;
    await saveBundle(
      out,
      await sealedBundle(out, sealing, {
        inspectionId: id,
        exportedBy: env.author,
        operations,
        parts,
      }),
    );
    return { json: { id }, text: id };
  },
};
