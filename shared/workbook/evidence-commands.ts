import type { EvidenceFinding, EvidenceKind } from '../domain';
import type { Result } from '../util/result';
import {
  checked,
  currentWorkbook,
  refuse,
  type CommandContext,
  type CommandOutcome,
} from './context';
import { entityTypes } from './entities';

/** What `workbook evidence add` asks for. */
export type AddEvidenceInput = {
  /** `council`, or a delegated provider's id. */
  readonly source: string;
  readonly areas: readonly string[];
  readonly finding: EvidenceFinding;
  readonly text: string;
  readonly kind: EvidenceKind;
  readonly checklistItems?: readonly string[];
  readonly childIds?: readonly string[];
  /** The date the evidence relates to; defaults to the day it is recorded. */
  readonly relatesTo?: string;
};

/** Records one evidence item, attributed to the council or to one delegated provider. */
export function addEvidence(
  context: CommandContext,
  input: AddEvidenceInput,
): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const providers = workbook.data.providers;
  if (input.source !== 'council' && !providers.some((p) => p.id === input.source)) {
    const known = providers.map((p) => `${p.id} (${p.name})`).join(', ') || 'none yet';
    return refuse(
      'evidence.unknown-source',
      `Evidence source "${input.source}" is neither "council" nor a delegated provider's id. Providers: ${known}.`,
    );
  }
  const now = context.now();
  const id = context.newId('ev');
  const operations = context.recorder.create(entityTypes.evidence, id, {
    source: input.source,
    kind: input.kind,
    areas: [...new Set(input.areas)],
    checklistItems: [...new Set(input.checklistItems ?? [])],
    finding: input.finding,
    text: input.text,
    relatesTo: input.relatesTo ?? now.slice(0, 10),
    recordedAt: now,
    author: context.author,
    childIds: [...new Set(input.childIds ?? [])],
    attachments: [],
  });
  return checked(context, id, operations);
}
