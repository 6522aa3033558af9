import type { Evidence } from '../../../../../shared/domain';

/** An evidence item for tests: a council strength about leaders unless `change` says otherwise. */
export function makeEvidence(id: string, change: Partial<Evidence> = {}): Evidence {
  return {
    id,
    source: 'council',
    kind: 'meeting',
    areas: ['leaders'],
    checklistItems: [],
    finding: 'strength',
    text: `Note ${id}`,
    relatesTo: '2026-10-05',
    recordedAt: '2026-10-05T09:00:00.000Z',
    author: 'Amara Okafor',
    childIds: [],
    attachments: [],
    ...change,
  };
}
