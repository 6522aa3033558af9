import { z } from 'zod';

// A JSON schema (https://json-schema.org/draft/2020-12) as zod's `z.toJSONSchema` writes it.
type Node = z.core.JSONSchema._JSONSchema;

function isNull(node: Node): boolean {
  return typeof node === 'object' && node.type === 'null';
}

/** Whether a value of this schema is shown past its field name (objects, arrays of them, choices). */
function isDetailed(node: Node): boolean {
  if (typeof node === 'boolean') return false;
  if (node.title !== undefined) return true;
  if (node.enum !== undefined || node.const !== undefined) return true;
  if (node.anyOf !== undefined) return node.anyOf.some((n) => !isNull(n) && isDetailed(n));
  if (node.properties !== undefined) return true;
  if (node.items !== undefined && !Array.isArray(node.items)) return isDetailed(node.items);
  return typeof node.additionalProperties === 'object';
}

function shape(node: Node): string {
  if (typeof node === 'boolean') return 'any';
  if (node.title !== undefined) return node.title;
  if (node.enum !== undefined) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.anyOf !== undefined) return node.anyOf.map(shape).join(' | ');
  if (isNull(node)) return 'null';
  if (node.items !== undefined && !Array.isArray(node.items)) return `[${shape(node.items)}]`;
  if (node.properties !== undefined) {
    const required = new Set(node.required ?? []);
    const fields = Object.entries(node.properties).map(([name, child]) => {
      const key = required.has(name) ? name : `${name}?`;
      return isDetailed(child) ? `${key}: ${shape(child)}` : key;
    });
    return `{ ${fields.join(', ')} }`;
  }
  if (typeof node.additionalProperties === 'object') {
    return `{ NAME: ${shape(node.additionalProperties)} }`;
  }
  return typeof node.type === 'string' ? node.type : 'any';
}

/**
 * The shape of a `--json` document in the compact notation of the help text
 * and README: `{ a, b: [{ c, d: "x" | "y" }], e?: { f } | null }`. Plain
 * fields are named only; objects, arrays of objects and fixed choices are
 * spelled out, a choice with a title (AREA, GRADE) by its title; `?` marks a
 * field that may be absent.
 */
export function describeJson(schema: z.ZodType): string {
  const json: Node = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
  return shape(json);
}
