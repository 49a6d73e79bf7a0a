import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor } from '../../src/integrations/pagefindCodec.ts';

describe('Pagefind file format (CBOR)', () => {
  it('encodes and decodes integers, negative locations, text and nested arrays losslessly', () => {
    const value = [
      '1.6.0',
      [
        [
          'ausbildung',
          [
            [0, [-25, 62], []],
            [300, [70000, -169], [-3, 10]],
          ],
          [],
        ],
      ],
      'تدريب',
      2 ** 33,
    ];
    const bytes = encodeCbor(value);
    expect(decodeCbor(bytes)).toEqual(value);
    expect(encodeCbor(decodeCbor(bytes)).equals(bytes)).toBe(true);
    // Shortest heads, as Pagefind writes them: 23 fits in the head, 24 takes one more byte.
    expect([...encodeCbor(23)]).toEqual([0x17]);
    expect([...encodeCbor(24)]).toEqual([0x18, 24]);
    expect([...encodeCbor(-25)]).toEqual([0x38, 24]);
  });

  it('refuses what Pagefind does not write, instead of guessing', () => {
    expect(() => decodeCbor(Uint8Array.from([0xa1, 0x01, 0x02]))).toThrow(/major type 5/);
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/1 bytes after/);
    expect(() => encodeCbor(1.5)).toThrow(/not an integer/);
  });
});
