import { parseHlc, type ClashSide } from '../../../shared/bundle';
import { mergeWorkbooks } from '../../../shared/tasks/bundles';
import { flag, required, type Command } from '../command';
import { checkOutputs } from '../files/out-target';
import { CliError, usageError } from '../errors';
import { mergedSealing, openWorkbook, saveBundle, sealedBundle } from '../store';

function side(clash: ClashSide) {
  const wall = parseHlc(clash.hlc)?.wallMs;
  return {
    value: clash.value,
    author: clash.author,
    at: wall === undefined ? null : new Date(wall).toISOString(),
    op: clash.opId,
  };
}

/** `workbook merge`: combines two bundles of one inspection. */
export const mergeCommand: Command = {
  name: 'merge',
  summary: 'merge two bundles of the same inspection, listing every clash',
  usage: 'merge <a> <b> --out <c> [--force] [--json]',
  details: [
    'Every change of both is kept; per field the later change wins, and every clash (two people',
    'changing the same field from the same starting value) is listed with both values.',
    '<c> must not exist yet (--force replaces it) and is never <a> or <b>.',
  ],
  options: { out: { type: 'string' }, force: { type: 'boolean' } },
  positionals: ['a', 'b'],
  async run(parsed, env) {
    const [a, b] = parsed.positionals;
    if (a === undefined || b === undefined) throw usageError('merge needs two bundle files');
    const out = required(parsed, 'out');
    await checkOutputs([out], [a, b], flag(parsed, 'force'));
    const first = await openWorkbook(a);
    const second = await openWorkbook(b);
    // The app's "Merge a colleague's bundle" runs the same task.
    const outcome = mergeWorkbooks(first.bundle, second.bundle);
    if (!outcome.ok) throw new CliError(`${a} + ${b}: ${outcome.error.message}`);
    const merged = outcome.data;
    const sealing = mergedSealing(first.sealing, second.sealing, [a, b]);
    await saveBundle(
      out,
      await sealedBundle(out, sealing, {
        inspectionId: merged.inspectionId,
        exportedBy: env.author,
        operations: merged.operations,
        parts: merged.parts,
      }),
    );
    const clashes = merged.clashes.map((c) => ({
      entity: c.entity,
      id: c.id,
      field: c.field,
      kept: side(c.kept),
      other: side(c.other),
      authors: c.authors,
    }));
    const text = [
      `Merged ${merged.operations.length} changes into ${out}.`,
      clashes.length === 0 ? 'No clashes.' : `${clashes.length} clash(es) to review:`,
      ...clashes.map(
        (c) =>
          `  ${c.entity} ${c.id} ${c.field}: kept ${JSON.stringify(c.kept.value)} (${c.kept.author}), other ${JSON.stringify(c.other.value)} (${c.other.author})`,
      ),
    ].join('\n');
    return {
      json: {
        operations: merged.operations.length,
        clashes,
        editsOfDeleted: merged.editsOfDeleted.length,
      },
      text,
    };
  },
};
