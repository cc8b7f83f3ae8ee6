// Every UI string exists in both languages.
import { describe, expect, it } from 'vitest';
import { messages } from '@/messages';

const zh = messages['zh-CN'];
const en = messages.en;

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
function leaves(obj: unknown): string[] {
  if (typeof obj === 'string') return [obj];
  return Object.values(obj as object).flatMap(leaves);
}

describe('messages', () => {
  it('no two feature files define the same top-level namespace', async () => {
    const fs = await import('node:fs');
    for (const locale of ['zh-CN', 'en']) {
      const dir = new URL(`../../messages/${locale}/`, import.meta.url);
      const seen = new Map<string, string>();
      for (const file of fs.readdirSync(dir)) {
        for (const ns of Object.keys(JSON.parse(fs.readFileSync(new URL(file, dir), 'utf8')))) {
          expect(seen.get(ns), `${locale}: ${ns} in ${file} and ${seen.get(ns)}`).toBeUndefined();
          seen.set(ns, file);
        }
      }
    }
  });

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

describe('validation messages', () => {
  it('every message key the zod schemas use has a text in both languages', async () => {
    const fs = await import('node:fs');
    const source = fs.readFileSync(new URL('../../lib/domain/schemas.ts', import.meta.url), 'utf8');
    const used = new Set([...source.matchAll(/message: '(\w+)'/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) {
      expect(zh.validation, key).toHaveProperty(key);
      expect(en.validation, key).toHaveProperty(key);
    }
  });

  it('describeIssues turns issues into readable Chinese lines', async () => {
    const { describeIssues } = await import('@/lib/domain/validation-messages');
    const { userSchema } = await import('@/lib/domain/schemas');
    const r = userSchema.safeParse({ username: 'ab', name: '张三', role: 'leader', unitId: null, password: 'short' });
    expect(r.success).toBe(false);
    expect(describeIssues(r.error!, zh.validation)).toEqual(['username: 用户名至少 3 个字符。', 'password: 密码至少 8 位。']);
  });
});
