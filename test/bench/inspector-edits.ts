import { createClock, createRecorder, type Operation } from '../../shared/bundle';

const now = () => new Date().toISOString();

/**
 * One inspector's own copy of `base` after `count` changes on their laptop:
 * half rewrite the notes of `evidence` (many the same notes as colleagues',
 * so clashes arise), half record new evidence. `node` names their clock.
 */
export function inspectorEdits(
  base: readonly Operation[],
  evidence: readonly string[],
  person: number,
  count: number,
  node: string,
): Operation[] {
  const author = `Inspector ${person + 1}`;
  const recorder = createRecorder(createClock(node), base);
  const ops: Operation[] = [...base];
  for (let i = 0, made = 0; made < count; i += 1) {
    if (i % 2 === 0) {
      const id = evidence[(i * 7 + person) % evidence.length] ?? '';
      const op = recorder.change({
        entity: 'evidence',
        id,
        field: 'text',
        value: `${author}, note ${i}.`,
      });
      if (op !== null) {
        ops.push(op);
        made += 1;
      }
    } else {
      const created = recorder.create('evidence', `ev-${person}-${i}`, {
        source: 'council',
        kind: 'case-sampling',
        areas: ['care-leavers'],
        checklistItems: [],
        finding: 'strength',
        text: `${author}: case ${i} seen alone.`,
        relatesTo: '2026-10-05',
        recordedAt: now(),
        author,
        childIds: [],
        attachments: [],
      });
      ops.push(...created);
      made += created.length;
    }
  }
  return ops;
}
