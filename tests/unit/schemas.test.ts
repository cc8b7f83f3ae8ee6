// The zod schemas every form, action and import goes through.
import { describe, expect, it } from 'vitest';
import {
  adjustmentSchema,
  indicatorSchema,
  periodSettingsSchema,
  safeNextPath,
  signInSchema,
  unitSchema,
  userSchema,
  weightsSumTo100,
} from '@/lib/domain/schemas';

const indicator = {
  key: 'jsj_streetlights',
  name: '新增路灯',
  category: 'main' as const,
  measureUnit: '盏',
  direction: 'higher' as const,
  annualTarget: 2000,
  halfTarget: null,
  plannedPercent: null,
  weight: 10,
  method: 'ratio' as const,
  cap: null,
  dataSource: '区建设局台账',
};

const issues = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);

describe('signInSchema', () => {
  it('trims the username and requires both fields', () => {
    expect(signInSchema.parse({ username: '  admin ', password: 'x' }).username).toBe('admin');
    expect(signInSchema.safeParse({ username: '', password: 'x' }).success).toBe(false);
    expect(signInSchema.safeParse({ username: 'a', password: '' }).success).toBe(false);
    expect(signInSchema.safeParse({ username: 'a', password: 'x'.repeat(129) }).success).toBe(false);
  });
});

describe('safeNextPath', () => {
  it('keeps same-site paths and replaces anything else with /', () => {
    expect(safeNextPath.parse('/units/abc')).toBe('/units/abc');
    expect(safeNextPath.parse('//evil.example')).toBe('/');
    expect(safeNextPath.parse('https://evil.example')).toBe('/');
    expect(safeNextPath.parse('/\\evil')).toBe('/');
    expect(safeNextPath.parse(undefined)).toBe('/');
  });
});

describe('userSchema', () => {
  const base = { username: 'jsj_head', name: '王建国', role: 'unit_head' as const, unitId: 'u1', password: 'Secret123' };
  it('accepts a unit head with a unit', () => expect(userSchema.safeParse(base).success).toBe(true));
  it('requires a unit for unit roles only', () => {
    expect(issues(userSchema.safeParse({ ...base, unitId: null }))).toEqual(['unitId:unitRequired']);
    expect(userSchema.safeParse({ ...base, role: 'leader', unitId: null }).success).toBe(true);
  });
  it('rejects short passwords, odd usernames and unknown roles', () => {
    expect(issues(userSchema.safeParse({ ...base, password: 'short' }))).toEqual(['password:passwordTooShort']);
    expect(issues(userSchema.safeParse({ ...base, username: '王 五' }))).toEqual(['username:usernameChars']);
    expect(userSchema.safeParse({ ...base, role: 'root' }).success).toBe(false);
  });
});

describe('unitSchema', () => {
  it('checks code, kind and required names', () => {
    const u = { code: 'jsj', name: '高新区建设局', kind: 'department', groupId: 'g', headName: '王建国' };
    expect(unitSchema.safeParse(u).success).toBe(true);
    expect(unitSchema.safeParse({ ...u, code: 'JSJ!' }).success).toBe(false);
    expect(unitSchema.safeParse({ ...u, kind: 'company' }).success).toBe(false);
    expect(issues(unitSchema.safeParse({ ...u, name: '   ' }))).toEqual(['name:required']);
  });
});

describe('indicatorSchema', () => {
  it('accepts a higher-is-better indicator with an annual target', () => {
    expect(indicatorSchema.safeParse(indicator).success).toBe(true);
  });
  it('refuses a target of 0 or less, and a missing target', () => {
    expect(issues(indicatorSchema.safeParse({ ...indicator, annualTarget: 0 }))).toEqual(['annualTarget:targetPositive']);
    expect(issues(indicatorSchema.safeParse({ ...indicator, annualTarget: 100, halfTarget: -1 }))).toEqual(['halfTarget:targetPositive']);
    expect(issues(indicatorSchema.safeParse({ ...indicator, annualTarget: null }))).toEqual(['annualTarget:targetRequired']);
  });
  it('requires a planned percent in (0, 100] for milestones', () => {
    const m = { ...indicator, direction: 'milestone' as const, annualTarget: null };
    expect(issues(indicatorSchema.safeParse({ ...m, plannedPercent: null }))).toEqual(['plannedPercent:plannedPercent']);
    expect(issues(indicatorSchema.safeParse({ ...m, plannedPercent: 0 }))).toEqual(['plannedPercent:plannedPercent']);
    expect(indicatorSchema.safeParse({ ...m, plannedPercent: 60 }).success).toBe(true);
  });
  it('refuses weight ≤ 0, an unknown method and a cap below 1', () => {
    expect(issues(indicatorSchema.safeParse({ ...indicator, weight: 0 }))).toEqual(['weight:weightPositive']);
    expect(indicatorSchema.safeParse({ ...indicator, method: 'magic' }).success).toBe(false);
    expect(indicatorSchema.safeParse({ ...indicator, cap: 0.9 }).success).toBe(false);
  });
  it('limits text lengths and key characters', () => {
    expect(issues(indicatorSchema.safeParse({ ...indicator, name: '长'.repeat(61) }))).toEqual(['name:tooLong']);
    expect(indicatorSchema.safeParse({ ...indicator, key: 'Bad Key' }).success).toBe(false);
  });
});

describe('weightsSumTo100', () => {
  it('is exact up to float noise', () => {
    expect(weightsSumTo100([10, 20, 30, 40])).toBe(true);
    expect(weightsSumTo100([33.3, 33.3, 33.4])).toBe(true);
    expect(weightsSumTo100([10, 20, 30, 39])).toBe(false);
  });
});

describe('periodSettingsSchema', () => {
  const s = { alpha: 0.7, beta: 0.3, bonusCap: 5, greenThreshold: 1, yellowThreshold: 0.8, timeProgress: 0.5, defaultCap: 1.2, rankFloor: 0.6 };
  it('accepts DESIGN.md defaults', () => expect(periodSettingsSchema.safeParse(s).success).toBe(true));
  it('refuses yellow ≥ green, zero time progress, a cap below 1', () => {
    expect(issues(periodSettingsSchema.safeParse({ ...s, yellowThreshold: 1 }))).toEqual(['yellowThreshold:thresholdOrder']);
    expect(periodSettingsSchema.safeParse({ ...s, timeProgress: 0 }).success).toBe(false);
    expect(periodSettingsSchema.safeParse({ ...s, defaultCap: 0.9 }).success).toBe(false);
  });
});

describe('adjustmentSchema', () => {
  it('needs non-zero points and a reason', () => {
    expect(adjustmentSchema.safeParse({ unitId: 'u', points: 2, reason: '获国家级表彰' }).success).toBe(true);
    expect(issues(adjustmentSchema.safeParse({ unitId: 'u', points: 0, reason: 'x' }))).toEqual(['points:nonZero']);
    expect(issues(adjustmentSchema.safeParse({ unitId: 'u', points: -1, reason: ' ' }))).toEqual(['reason:required']);
  });
});
