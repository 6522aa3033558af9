import type { HistoryEntry, Operation } from '../bundle';
import { auditTrail } from './audit';
import { entityTypes } from './entities';

/**
 * The change history of one judgement area, oldest first: its grade record
 * (grade, rationale, evidence, who prepared and moderated it) and every
 * finding ever written for it, removed ones included (a removal is a
 * `$deleted` entry), straight from the append-only log.
 */
export function areaHistory(operations: readonly Operation[], area: string): HistoryEntry[] {
  const findings = new Set(
    operations
      .filter((op) => op.entity === entityTypes.finding && op.field === 'area' && op.value === area)
      .map((op) => op.entityId),
  );
  const judgement = auditTrail(operations, { entity: entityTypes.judgement, id: area });
  const written = auditTrail(operations, { entity: entityTypes.finding }).filter((entry) =>
    findings.has(entry.id),
  );
  return [...judgement, ...written].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
}
