// 抽签 is a pure function of the seed: anyone holding the seed re-checks the order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawCodes, drawOrder, fnv1a32, mulberry32 } from '@/lib/arena/draw';

const CODES = [
  'jfj',
  'kcj',
  'tcj',
  'jsj',
  'czj',
  'kfj',
  'sjj',
  'spj',
  'sbj',
  'jyj',
  'rsj',
  'cgj',
  'ajj',
  'szj',
  'gaj',
  'swj',
  'scj',
  'zrj',
  'sthj',
  'xfd',
  'jjd',
  'ctjt',
  'cyjt',
  'kcjt',
  'wljt',
  'swgs',
  'dbgs',
];

describe('draw', () => {
  it('the building blocks are the published ones (FNV-1a 32, mulberry32)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    const r = mulberry32(1);
    const xs = [r(), r(), r()];
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(1)()).toBe(xs[0]);
  });

  it('the same seed gives the same order, whatever order the participants come in', () => {
    const a = drawCodes(CODES, 'a1b2c3d4e5f60718');
    const b = drawCodes([...CODES].reverse(), 'a1b2c3d4e5f60718');
    expect(a).toEqual(b);
    expect(drawCodes(CODES, 'a1b2c3d4e5f60718')).toEqual(a);
  });

  it('different seeds give different orders', () => {
    const orders = new Set(['s1', 's2', 's3', 's4', 's5', 'demo', '2026H1'].map((s) => drawCodes(CODES, s).join(',')));
    expect(orders.size).toBe(7);
  });

  it('keeps every participant exactly once (any list, any seed)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 40 }), fc.string(), (codes, seed) => {
        const out = drawCodes(codes, seed);
        expect(out.slice().sort()).toEqual(codes.slice().sort());
      }),
    );
  });

  it('carries the items along and does not modify its input', () => {
    const items = CODES.map((code, i) => ({ code, id: `p${i}` }));
    const copy = items.map((x) => ({ ...x }));
    const out = drawOrder(items, 'seed');
    expect(items).toEqual(copy);
    expect(out.map((x) => x.code)).toEqual(drawCodes(CODES, 'seed'));
    expect(new Set(out.map((x) => x.id)).size).toBe(CODES.length);
  });

  it('follows the recipe: sort by code, Fisher–Yates from the end with mulberry32(FNV-1a(seed))', () => {
    const sorted = [...CODES].sort();
    const rand = mulberry32(fnv1a32('recheck'));
    for (let i = sorted.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
    }
    expect(drawCodes(CODES, 'recheck')).toEqual(sorted);
  });

  it('is roughly uniform: each code takes the first place about equally often', () => {
    const codes = ['a', 'b', 'c', 'd'];
    const first = new Map<string, number>();
    for (let i = 0; i < 4000; i++) {
      const c = drawCodes(codes, `seed-${i}`)[0]!;
      first.set(c, (first.get(c) ?? 0) + 1);
    }
    for (const c of codes) expect(first.get(c)!).toBeGreaterThan(850);
  });
});
