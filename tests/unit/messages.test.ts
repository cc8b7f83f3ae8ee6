// Every UI string exists in both languages.
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
function leaves(obj: unknown): string[] {
  if (typeof obj === 'string') return [obj];
  return Object.values(obj as object).flatMap(leaves);
}

describe('messages', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });
  it('no message is empty, and zh-CN is Chinese', () => {
    expect(leaves(zh).every((s) => s.trim().length > 0)).toBe(true);
    expect(leaves(en).every((s) => s.trim().length > 0)).toBe(true);
    const chinese = leaves(zh).filter((s) => /[\u4e00-\u9fff]/.test(s));
    expect(chinese.length / leaves(zh).length).toBeGreaterThan(0.9);
  });
});
