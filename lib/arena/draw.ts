// 抽签: the speaking order as a pure function of a seed string, so anyone holding the seed can re-check it.
//
// Recipe (also shown on the preparation page, DRAW_RECIPE):
//   1. sort the participants by unit code (plain code-point order, e.g. "ajj" < "cgj" < "ctjt");
//   2. h = FNV-1a 32-bit hash of the seed's UTF-8 bytes (offset 0x811c9dc5, prime 0x01000193);
//   3. rand = mulberry32(h): each call returns a number in [0, 1);
//   4. Fisher–Yates: for i from n−1 down to 1, j = floor(rand() × (i + 1)), swap items i and j;
//   5. the result, first to last, is the speaking order 1…n.

import { mulberry32 } from '../domain/prng';

export const DRAW_RECIPE =
  '参赛单位按单位代码升序排列；种子字符串按 UTF-8 取 FNV-1a 32 位哈希，作为 mulberry32 随机数发生器的初值；' +
  '自最后一位起做 Fisher–Yates 洗牌（i 从 n−1 到 1，j = floor(rand() × (i+1))，交换第 i 与第 j 位），所得顺序即发言顺序。' +
  ' / Units sorted by code; seed → FNV-1a 32-bit (UTF-8) → mulberry32; Fisher–Yates from the last position down; the result is the order.';

/** FNV-1a 32-bit hash of the UTF-8 bytes of `text`. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32 PRNG: a generator of numbers in [0, 1) from a 32-bit state. */
export { mulberry32 };

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The drawn order of `items` (each with its unit code) for `seed`. Does not modify `items`. */
export function drawOrder<T extends { code: string }>(items: readonly T[], seed: string): T[] {
  const out = items.slice().sort(byCode);
  const rand = mulberry32(fnv1a32(seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = out[i] as T;
    out[i] = out[j] as T;
    out[j] = t;
  }
  return out;
}

/** Unit codes in drawn order — the form the audit log records and the page shows. */
export function drawCodes(codes: readonly string[], seed: string): string[] {
  return drawOrder(
    codes.map((code) => ({ code })),
    seed,
  ).map((c) => c.code);
}
