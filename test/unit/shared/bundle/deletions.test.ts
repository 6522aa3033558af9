import { describe, expect, it } from 'vitest';
import {
  createClock,
  createRecorder,
  findEditsOfDeleted,
  materialise,
  mergeOperations,
  type Operation,
} from '../../../../shared/bundle';

/** Jane creates an evidence item; Sam gets a copy; both then work offline. */
function offline() {
  let now = 1_000;
  const jane = createRecorder(createClock('Jane', () => now));
  const base = jane.create('evidence', 'ev-1', { title: 'Visit notes' });
  const sam = createRecorder(
    createClock('Sam', () => now),
    base,
  );
  const later = (ms: number) => {
    now += ms;
  };
  return { base, jane, sam, later };
}

const titled = (value: string) => ({ entity: 'evidence', id: 'ev-1', field: 'title', value });
const some = (op: Operation | null): Operation[] => (op === null ? [] : [op]);

describe('edits hidden by a deletion', () => {
  it('lists an edit made after a deletion its author had not seen, and how to revive', () => {
    const { base, jane, sam, later } = offline();
    later(10);
    const deletion = some(jane.remove('evidence', 'ev-1'));
    later(10);
    const edit = some(sam.change(titled('Visit notes, with actions')));
    const merged = mergeOperations([...base, ...deletion], [...base, ...edit]);

    expect(materialise(merged.operations)).toEqual({});
    expect(merged.editsOfDeleted).toEqual([
      {
        entity: 'evidence',
        id: 'ev-1',
        deletion: { value: true, author: 'Jane', hlc: deletion[0]?.hlc, opId: deletion[0]?.id },
        edit: {
          value: 'Visit notes, with actions',
          author: 'Sam',
          hlc: edit[0]?.hlc,
          opId: edit[0]?.id,
          field: 'title',
        },
        reviveOpId: base[0]?.id,
      },
    ]);

    const lead = createRecorder(
      createClock('Lead', () => 0),
      merged.operations,
    );
    const revived = some(lead.restore(merged.editsOfDeleted[0]?.reviveOpId ?? ''));
    const log = [...merged.operations, ...revived];
    expect(materialise(log)).toEqual({
      evidence: { 'ev-1': { title: 'Visit notes, with actions' } },
    });
    expect(findEditsOfDeleted(log)).toEqual([]);
  });

  it('does not list edits the deletion came after, or the deleter’s own edits', () => {
    const { base, jane, sam, later } = offline();
    later(10);
    const samEdit = some(sam.change(titled('Earlier edit')));
    later(10);
    const janeEdit = some(jane.change(titled('Jane tidied it')));
    const deletion = some(jane.remove('evidence', 'ev-1'));
    const log = [...base, ...samEdit, ...janeEdit, ...deletion];
    expect(findEditsOfDeleted(log)).toEqual([]);
  });
});
