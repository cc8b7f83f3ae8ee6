// Every audit action and entity type written anywhere has a label in both languages, and an audit row's
// before → after reads as labelled changes in words (lib/audit/present.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unlabelledAuditFields as unlabelled } from '../support/audit-fields';
import { storedIndicator } from '../support/indicators';
import { auditChanges, auditFieldNames, auditValue, isSystemActor, type ValueContext } from '@/lib/audit/present';
import { readCell } from '@/lib/import/rules';
import { commitSummary, indicatorSnapshot, planSetupImport, SETUP_COLUMNS, templateRow, type SetupField } from '@/lib/import/setup-template';
import { messages } from '@/messages';

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** Codes built from a template (`arena.timer_${action}`) and what they expand to. */
const TEMPLATES: Record<string, string[]> = { 'arena.timer_': ['pause', 'resume', 'extend'] };

function written(key: 'action' | 'entityType'): string[] {
  const codes = new Set<string>();
  for (const file of [...sourceFiles('lib'), ...sourceFiles('prisma'), ...sourceFiles('scripts')]) {
    for (const line of fs.readFileSync(path.join(root, file), 'utf8').split('\n')) {
      const at = line.indexOf(`${key}:`);
      if (at < 0) continue;
      const rest = line.slice(at + key.length + 1);
      const value = rest.split(/,\s*[a-zA-Z]+:|\}/)[0]!; // this key's value: up to the next key or the object's end
      for (const m of value.matchAll(/'([a-z_]+(?:\.[a-z_]+)?)'/g)) codes.add(m[1]!);
      for (const m of value.matchAll(/`([a-z_]+\.[a-z_]*)\$\{/g)) {
        const expansions = TEMPLATES[m[1]!];
        expect(expansions, `${file}: template code ${m[1]}… needs its expansions listed in TEMPLATES`).toBeDefined();
        for (const e of expansions!) codes.add(m[1]! + e);
      }
    }
  }
  return [...codes].filter((c) => (key === 'action' ? c.includes('.') : true)).sort();
}

function lookup(tree: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), tree);
}

describe('audit labels', () => {
  const actions = written('action');
  const entities = written('entityType');

  it('finds the codes the services write', () => {
    expect(actions).toEqual(expect.arrayContaining(['arena.start', 'arena.timer_pause', 'submission.approve', 'setup.disable_user', 'seed.demo']));
    expect(entities).toEqual(expect.arrayContaining(['arena', 'submission', 'sign_in', 'database']));
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`every action code has a ${locale} label`, () => {
      const missing = actions.filter((a) => typeof lookup(messages[locale].audit.actions, a) !== 'string');
      expect(missing).toEqual([]);
    });
    it(`every entity type has a ${locale} label`, () => {
      const missing = entities.filter((e) => typeof lookup(messages[locale].audit.entities, e) !== 'string');
      expect(missing).toEqual([]);
    });
  }

  it('Chinese labels are Chinese', () => {
    for (const a of actions) expect(lookup(messages['zh-CN'].audit.actions, a)).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('auditChanges', () => {
  it('lists only the fields that changed, and hides technical keys', () => {
    expect(auditChanges({ state: 'draft', version: 3, id: 'x' }, { state: 'submitted', version: 4, late: false, id: 'x' })).toEqual([
      { field: 'state', before: 'draft', after: 'submitted' },
      { field: 'version', before: 3, after: 4 },
      { field: 'late', before: undefined, after: false },
    ]);
  });
  it('a row with one side lists all of its fields; the draw recipe stays in the raw JSON', () => {
    expect(auditChanges(null, { seed: 'abc', recipe: 'FNV-1a', order: ['a'] }).map((c) => c.field)).toEqual(['seed', 'order']);
    expect(auditChanges({ name: 'x' }, undefined)).toEqual([{ field: 'name', before: 'x', after: undefined }]);
  });
  it('an unchanged row lists nothing; a bare value reads as one field', () => {
    expect(auditChanges({ a: 1 }, { a: 1 })).toEqual([]);
    expect(auditChanges(null, 5)).toEqual([{ field: 'value', before: undefined, after: 5 }]);
  });
});

describe('auditValue', () => {
  const ctx: ValueContext = {
    names: new Map([
      ['jsj', '建设局'],
      ['u1', '建设局'],
      ['judge1', '王评委'],
    ]),
    enumLabel: (field, v) => (field === 'state' ? ({ live: '进行中', prep: '筹备中' } as Record<string, string>)[v] : undefined),
    fieldLabel: (f) => ({ rank: '名次', unitId: '单位', final: '最终得分' })[f] ?? f,
    yes: '是',
    no: '否',
    more: (n) => `等共 ${n} 项`,
    date: (d) => d.toISOString().slice(0, 10),
    number: (x) => String(x),
  };
  it('states, booleans, dates and absent values in words', () => {
    expect(auditValue('state', 'live', ctx)).toBe('进行中');
    expect(auditValue('late', true, ctx)).toBe('是');
    expect(auditValue('startedAt', '2026-07-01T10:05:09.000Z', ctx)).toBe('2026-07-01');
    expect(auditValue('closedAt', null, ctx)).toBe('—');
  });
  it('ids, unit codes and usernames resolve to names in reference fields only', () => {
    expect(auditValue('participants', ['jsj', 'zzz'], ctx)).toBe('建设局、zzz');
    expect(auditValue('judges', ['judge1'], ctx)).toBe('王评委');
    expect(auditValue('unitId', 'u1', ctx)).toBe('建设局');
    expect(auditValue('name', 'jsj', ctx)).toBe('jsj');
  });
  it('objects read as labelled pairs, long lists are cut with a count', () => {
    expect(auditValue('ranking', [{ rank: 1, unitId: 'u1', final: 91.5 }], ctx)).toBe('名次：1，单位：建设局，最终得分：91.5');
    expect(auditValue('source', { id: 'p0', name: '2025年下半年' }, ctx)).toBe('2025年下半年');
    expect(
      auditValue(
        'keys',
        Array.from({ length: 14 }, (_, i) => `k${i}`),
        ctx,
      ),
    ).toMatch(/k11等共 14 项$/);
  });
  it("records nested in a record read as how many, never as JSON (a gap's measures)", () => {
    const gap = {
      id: 'g1',
      description: '差距',
      rootCause: '原因',
      measures: [
        { id: 'm1', content: '措施一' },
        { id: 'm2', content: '措施二' },
      ],
    };
    const text = auditValue('gaps', [gap], ctx);
    expect(text).toBe('description：差距，rootCause：原因，measures：2');
    expect(text).not.toContain('{');
    expect(auditValue('deep', [{ a: { b: { c: 1 } } }], ctx)).not.toContain('{');
  });
});

describe('audit field labels', () => {
  /** Keys of the before/after objects written on one line (`after: { state: 'live', seconds }`), and of the row selects audited whole. */
  function writtenFields(): string[] {
    const keys = new Set<string>();
    const keysOf = (body: string) => {
      for (const m of body.matchAll(/(?:^|[{,])\s*([a-zA-Z]\w*)\s*(?=[:,}]|$)/g)) keys.add(m[1]!);
    };
    for (const file of [...sourceFiles('lib'), ...sourceFiles('prisma'), ...sourceFiles('scripts')]) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const m of text.matchAll(/\b(?:before|after): \{([^{}\n]*)\}/g)) keysOf(m[1]!);
      for (const m of text.matchAll(/const (?:\w+Row|snapshotSelect|summary(?:: \w+)?) = \{([^;]*?)\}( as const)?;/g)) keysOf(m[1]!.replace(/\{[^{}]*\}/g, ''));
    }
    return [...keys].filter((k) => !['id', 'recipe', 'inputHash', 'participantId', 'pillars', 'select', 'true'].includes(k)).sort();
  }

  it('every field the services write has a label in both languages', () => {
    const fields = writtenFields();
    expect(fields).toEqual(expect.arrayContaining(['state', 'drawSeed', 'headName', 'timeProgress', 'problems', 'measureUnit']));
    for (const locale of ['zh-CN', 'en'] as const) {
      const labels = messages[locale].audit.fields as Record<string, string>;
      expect(fields.filter((f) => typeof labels[f] !== 'string')).toEqual([]);
    }
  });
});

describe('fields of real audit rows', () => {
  it('finds every key the page labels, nested ones too, and nothing technical', () => {
    expect(auditFieldNames({ id: 'x', state: 'draft' }, { id: 'x', state: 'open', ranking: [{ rank: 1, unitId: 'u1' }] })).toEqual([
      'rank',
      'ranking',
      'state',
      'unitId',
    ]);
    expect(unlabelled([{ after: { brandNewField: 1 } }])).toEqual({ 'zh-CN': ['brandNewField'], en: ['brandNewField'] });
  });

  it('the Excel setup import: its create/update/delete snapshots and its import.commit row', () => {
    // the rows the commit writes (lib/import/setup.server.ts), built by the same pure functions from a real plan
    const stored = ['bridges', 'roads'].map((key, i) => storedIndicator({ id: `i${i}`, key, weight: 50, dataSource: null, pillarIds: [] }));
    const unit = { id: 'u1', code: 'jsj', name: '区建设局' };
    const records = [
      { ...templateRow(stored[0]!, unit, new Map()), name: '新建桥梁（含改建）' },
      { ...templateRow(stored[0]!, unit, new Map()), key: 'tunnels', dataSource: '区建设局台账', pillars: 'P1' },
    ];
    const rows = records.map((r, i) => ({ row: i + 2, cells: new Map(SETUP_COLUMNS.map((c) => [c.field, readCell(r[c.field])] as const)) }));
    const index = new Map(SETUP_COLUMNS.map((c, i) => [c.field, i + 1] as [SetupField, number]));
    const plan = planSetupImport(rows, index, { mode: 'full', units: [unit], pillars: [{ id: 'p1', code: 'P1', name: '营商环境' }], existing: stored });
    expect(plan).toMatchObject({ errors: [], adds: [expect.anything()], changes: [expect.anything()], removes: [expect.anything()] });
    const audit = [
      ...plan.removes.map((r) => ({ before: indicatorSnapshot('p', r.unitId, r.id, r.before) })),
      ...plan.changes.map((c) => ({ before: indicatorSnapshot('p', c.unitId, c.id, c.before), after: indicatorSnapshot('p', c.unitId, c.id, c.data) })),
      ...plan.adds.map((a) => ({ after: indicatorSnapshot('p', a.unitId, 'new', a.data, { sortOrder: 2, ledgerFigure: null }) })),
      { after: commitSummary({ fileName: 'setup.xlsx', sha256: 'ab', rows: plan.rows }, { added: 1, changed: 1, removed: 1, unchanged: 0 }) },
    ];
    expect(unlabelled(audit)).toEqual({ 'zh-CN': [], en: [] });
  });
});

describe('system actors', () => {
  it('the seed and the daily jobs read as 系统; a user named like a code does not', () => {
    for (const name of ['system', 'system:backup', 'system:audit-verify']) expect(isSystemActor(name), name).toBe(true);
    for (const name of ['韩振东', 'systematic', 'admin']) expect(isSystemActor(name), name).toBe(false);
  });
});
