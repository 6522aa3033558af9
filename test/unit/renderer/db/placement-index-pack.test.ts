import { describe, expect, it } from 'vitest';
import { placementIndexOf } from '../../../../shared/conflicts';
import {
  looksPacked,
  packPlacementIndex,
  unpackPlacementIndex,
} from '../../../../renderer/src/db/placement-index-pack';
import { decodeValue, encodeValue } from '../../../../renderer/src/db/protection/codec';

/** Episodes rows as the 903 reader stores them, with texts that test the packing's edges. */
function episodes(children: readonly string[]) {
  return {
    Episodes: children.map((child, at) => ({
      row: at + 2,
      values: {
        CHILD: child,
        DECOM: '01/04/2025',
        DEC: '',
        PLACE: 'U1',
        PLACE_PROVIDER: 'PR4',
        URN: 'SC123456',
        PL_POST: 'AB1 2CD',
      },
    })),
  };
}

describe('a placements index packed for the store', () => {
  // Empty texts, a NUL, astral-plane characters (two UTF-16 units) and a long id.
  const children = ['', 'C1', 'a\u0000b', '😀child', 'x'.repeat(500), 'C1'];

  it('comes back as the index it was, through the encrypted store’s codec', () => {
    const index = placementIndexOf(episodes(children));
    const packed = packPlacementIndex(index);
    expect(looksPacked(packed)).toBe(true);
    const stored = decodeValue(encodeValue(packed));
    expect(looksPacked(stored)).toBe(true);
    if (!looksPacked(stored)) return;
    expect(unpackPlacementIndex(stored)).toEqual(index);
    expect(index.texts).toEqual(expect.arrayContaining(['a\u0000b', '😀child']));
  });

  it('is refused when its lengths do not add up to its text (a damaged or altered record)', () => {
    const packed = packPlacementIndex(placementIndexOf(episodes(children)));
    const short = { ...packed, joined: packed.joined.slice(1) };
    expect(unpackPlacementIndex(short)).toBeUndefined();
    const lengths = packed.lengths.slice();
    lengths[0] = -1;
    expect(unpackPlacementIndex({ ...packed, lengths })).toBeUndefined();
    expect(unpackPlacementIndex({ ...packed, joined: `${packed.joined}x` })).toBeUndefined();
  });

  it('is told apart from an index kept before packing (version 1 kept texts as a list)', () => {
    expect(looksPacked(placementIndexOf(episodes(children)))).toBe(false);
  });
});
