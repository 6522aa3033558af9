import type { PlacementIndex } from '../../../shared/conflicts';

/**
 * A placements index as the store keeps it: its texts (child ids, postcodes,
 * codes — 80,000 or more for a large council) joined into one string with
 * their lengths beside, so reading it back parses one string and slices it,
 * rather than reviving tens of thousands of JSON values one by one (the
 * encrypted store's codec revives every value of a record that holds typed
 * arrays, and the columns are typed arrays).
 */
export type PackedPlacementIndex = Omit<PlacementIndex, 'texts'> & {
  readonly joined: string;
  /** Each text's length in UTF-16 code units, in order. */
  readonly lengths: Int32Array;
};

/** The index packed for storing. */
export function packPlacementIndex(index: PlacementIndex): PackedPlacementIndex {
  const { texts, ...columns } = index;
  const lengths = new Int32Array(texts.length);
  texts.forEach((text, at) => {
    lengths[at] = text.length;
  });
  return { ...columns, joined: texts.join(''), lengths };
}

/** The index a {@link packPlacementIndex} kept; undefined when the lengths do not add up to the text. */
export function unpackPlacementIndex(packed: PackedPlacementIndex): PlacementIndex | undefined {
  const { joined, lengths, ...columns } = packed;
  const texts: string[] = [];
  let offset = 0;
  for (let at = 0; at < lengths.length; at += 1) {
    const length = lengths[at] ?? -1;
    if (length < 0 || offset + length > joined.length) return undefined;
    texts.push(joined.slice(offset, offset + length));
    offset += length;
  }
  return offset === joined.length ? { ...columns, texts } : undefined;
}

/** Whether a stored value has a packed index's two packing fields (the columns are checked once unpacked). */
export function looksPacked(value: unknown): value is PackedPlacementIndex {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'joined') === 'string' &&
    Reflect.get(value, 'lengths') instanceof Int32Array
  );
}
