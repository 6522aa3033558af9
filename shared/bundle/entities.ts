import type { z } from 'zod';
import { BundleError } from './errors';
import { parseHlc } from './hlc';
import { fieldKey, type Operation } from './operation';
import { latestByField, materialise } from './state';
import { firstIssue } from '../util/zod-issues';

/**
 * The bundle layer is generic over entity types: the domain layer injects a
 * registry mapping each entity type to a zod schema for its *materialised*
 * record (all current fields, without `$deleted` and without the id, which is
 * the key the record is stored under). Validating whole records, not single
 * fields, lets the domain express cross-field rules; ops that lost under
 * last-writer-wins are kept in the log unvalidated, since they are history.
 */

/** Entity type → zod schema for a materialised record of that type. */
export type EntityRegistry = { readonly [entity: string]: z.ZodType };

/** Whether `entity` is a type the registry knows (own keys only, so `toString` is not a type). */
export function isKnownEntity(registry: EntityRegistry, entity: string): boolean {
  return Object.hasOwn(registry, entity);
}

/**
 * Materialises `operations` and checks every live record against its
 * schema. Throws a {@link BundleError} naming the entity, id and field, and
 * who set the failing value, on the first record that fails.
 */
export function checkEntities(
  operations: readonly Operation[],
  registry: EntityRegistry,
  part: string,
): void {
  const state = materialise(operations);
  let latest: ReturnType<typeof latestByField> | undefined;
  for (const [entity, records] of Object.entries(state)) {
    const schema = Object.hasOwn(registry, entity) ? registry[entity] : undefined;
    for (const [id, record] of Object.entries(records)) {
      if (schema === undefined) {
        throw new BundleError(
          'unknown-entity',
          { part, field: 'entity' },
          `${part}: entity type "${entity}" is not one this version of Inspection Workbook ` +
            'knows; update the app, then open the bundle again.',
        );
      }
      const result = schema.safeParse(record);
      if (result.success) continue;
      const { field, path, message } = firstIssue(result.error);
      latest ??= latestByField(operations);
      const top = path[0];
      const setter = typeof top === 'string' ? latest.get(fieldKey(entity, id, top)) : undefined;
      const by =
        setter === undefined
          ? ''
          : ` (set by ${setter.author} at ${new Date(parseHlc(setter.hlc)?.wallMs ?? 0).toISOString()}, change ${setter.id})`;
      throw new BundleError(
        'invalid-record',
        { part, field: field === '' ? undefined : field },
        `${part}: ${entity} "${id}", field "${field || '(record)'}": ${message}${by}. ` +
          'Ask whoever exported the bundle to correct that item and export again.',
      );
    }
  }
}
