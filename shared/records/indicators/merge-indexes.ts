/**
 * Pooling scopes: the council's 903 records are the union of its own and every
 * provider's, each child once.
 */
import { settle, smaller, type ChildRecord, type Ssda903Index } from './ssda903-index';
import type { Ssda903TableName } from './types';

/**
 * The union of several scopes' records, each child once. A child held by one
 * scope keeps that scope's record object (and its cached analysis); a child
 * held by several gets a new record pooling theirs, de-duplicated as above.
 */
export function mergeIndexes(indexes: readonly Ssda903Index[]): Ssda903Index {
  const children = new Map<string, ChildRecord>();
  const pooled = new Set<ChildRecord>();
  const tables = new Set<Ssda903TableName>();
  const skipped = new Map<Ssda903TableName, number>();
  for (const index of indexes) {
    for (const table of index.tables) tables.add(table);
    for (const [table, count] of index.skipped)
      skipped.set(table, (skipped.get(table) ?? 0) + count);
    for (const [child, record] of index.children) {
      const held = children.get(child);
      if (held === undefined) {
        children.set(child, record);
        continue;
      }
      const target = pooled.has(held) ? held : { ...held, cache: undefined };
      pooled.add(target);
      children.set(child, target);
      poolInto(target, record);
    }
  }
  for (const record of pooled) settle(record);
  return { children, tables, skipped };
}

function poolInto(target: ChildRecord, record: ChildRecord): void {
  target.episodes = target.episodes.concat(record.episodes);
  target.reviews = target.reviews.concat(record.reviews);
  target.away = target.away.concat(record.away);
  target.workers = target.workers.concat(record.workers);
  if (record.health !== undefined) target.health = smaller(target.health, record.health);
  if (record.leaver !== undefined) target.leaver = smaller(target.leaver, record.leaver);
  if (record.dob !== undefined) {
    const useIt =
      target.dob === undefined ||
      (record.dobFromHeader && !target.dobFromHeader) ||
      (record.dobFromHeader === target.dobFromHeader && record.dob < target.dob);
    if (useIt) {
      target.dob = record.dob;
      target.dobFromHeader = record.dobFromHeader;
    }
  }
}
