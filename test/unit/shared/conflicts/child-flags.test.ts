import { describe, expect, it } from 'vitest';
import { flagsNamingChild, type Conflict, type Lead } from '../../../../shared/conflicts';

// Only the fields the helper reads matter; the rest of a flag is built by detectConflicts.
function flag(id: string, children: readonly string[]): Conflict {
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion
  return { id, children } as unknown as Conflict;
}

describe('flagsNamingChild', () => {
  it('lists the flags and leads whose children include the child, and no others', () => {
    const lead: Lead = { ...flag('lead:p:2', ['C1']), reason: 'name match' };
    const report = {
      conflicts: [flag('conflict:p:1', ['C1', 'C2']), flag('conflict:p:3', ['C10'])],
      leads: [lead],
    };
    const found = flagsNamingChild(report, 'C1');
    expect(found.flags.map((f) => f.id)).toEqual(['conflict:p:1']);
    expect(found.leads.map((l) => l.id)).toEqual(['lead:p:2']);
    expect(flagsNamingChild(report, 'C').flags).toEqual([]);
  });
});
