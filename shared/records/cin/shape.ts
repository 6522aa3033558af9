/**
 * The census schema (schema.ts) compiled once for reading: each element's
 * children by name, its position among them, the children it requires and
 * the table its values go to, so reading an element is a lookup, not a
 * search.
 */
import { CIN_ROOT, columnOf, type CinNode } from './schema';
import type { CinTable } from './tables';

export type Shape = {
  readonly node: CinNode;
  /** The first character of its name, to tell names apart before comparing them. */
  readonly first: number;
  /** A number of its own, 0 to `count` − 1, for arrays kept per element. */
  readonly id: number;
  /** Its position among its parent's children. */
  readonly index: number;
  readonly leaf: boolean;
  /** The column a leaf's value is kept in. */
  readonly column: string;
  /** A leaf whose values repeat (dates, codes, counts): each distinct text is kept once. */
  readonly shared: boolean;
  /** The table a row of starts at this element, if any. */
  readonly table: CinTable | undefined;
  /** The table this element's values go to: its own, or the nearest group's around it. */
  readonly within: CinTable | undefined;
  readonly children: readonly Shape[];
  readonly byName: ReadonlyMap<string, Shape>;
  /** Its children the schema requires (at least one). */
  readonly required: readonly Shape[];
};

export type CompiledSchema = {
  readonly root: Shape;
  /** How many elements the schema has. */
  readonly count: number;
};

function compile(
  node: CinNode,
  index: number,
  around: CinTable | undefined,
  next: { id: number },
): Shape {
  const id = next.id;
  next.id += 1;
  const within = node.table ?? around;
  const children = (node.children ?? []).map((child, at) => compile(child, at, within, next));
  return {
    node,
    first: node.name.charCodeAt(0),
    id,
    index,
    leaf: node.leaf !== undefined,
    column: columnOf(node),
    shared: ['date', 'code', 'count', 'gYear'].includes(node.leaf?.kind ?? ''),
    table: node.table,
    within,
    children,
    byName: new Map(children.map((child) => [child.node.name, child])),
    required: children.filter((child) => child.node.min > 0),
  };
}

let compiled: CompiledSchema | undefined;

/** The schema, compiled on first use. */
export function compiledSchema(): CompiledSchema {
  if (compiled === undefined) {
    const next = { id: 0 };
    const root = compile(CIN_ROOT, 0, undefined, next);
    compiled = { root, count: next.id };
  }
  return compiled;
}

/** Whether `shape`'s element is the one named at `source[start, end)`. */
export function isNamed(shape: Shape, source: string, start: number, end: number): boolean {
  const name = shape.node.name;
  return (
    name.length === end - start &&
    source.charCodeAt(start) === shape.first &&
    source.startsWith(name, start)
  );
}

/**
 * The child of `parent` named at `source[start, end)`: compared in place, no
 * string made. The search starts at the child in position `from` and goes
 * round: a census gives an element's children in schema order, repeats
 * together, so starting at the child met last finds the next in one or two
 * comparisons. A parent's children have distinct names, so where the search
 * starts changes only its speed.
 */
export function childNamed(
  parent: Shape,
  source: string,
  start: number,
  end: number,
  from = 0,
): Shape | undefined {
  const { children } = parent;
  const length = children.length;
  for (let step = 0; step < length; step += 1) {
    const at = from + step < length ? from + step : from + step - length;
    const child = children[at];
    if (child !== undefined && isNamed(child, source, start, end)) return child;
  }
  return undefined;
}
