// Separation of duties and retention around the audit log (issue #12): no code path updates or deletes an audit row
// (only the one-time backfill chains rows written before the chain); every server action refuses the auditor; the
// admin may not read the log (the export route answers 403); the auditor's export holds the range asked for, with
// formula-looking text neutralised, and is itself audited.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/guard.server';
import { createClient, type Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/audit.server';
import { auditExportRows, buildAuditCsv, buildAuditXlsx, csvField } from '@/lib/audit/export.server';
import { verifyAuditChain } from '@/lib/audit/chain-store';
import { type TestDatabase, createMigratedDatabase } from '../support/database';
import { userOf as sharedUserOf } from '../support/actors';

const ROOT = path.resolve(__dirname, '../..');

/** Who the mocked session is (the route and action entry points ask lib/auth/guard.server). */
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/guard.server', async (orig) => {
  const real = await orig<typeof import('@/lib/auth/guard.server')>();
  return {
    ...real,
    authorize: async () => {
      if (!session.user) throw new real.HttpError(401, 'unauthenticated');
      return session.user;
    },
    sessionUserOf: async () => session.user,
  };
});
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-real-ip': '127.0.0.1' }), cookies: async () => ({ get: () => undefined }) }));

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'generated' && e.name !== 'node_modules') out.push(...sourceFiles(rel));
    } else if (/\.tsx?$/.test(e.name)) out.push(rel);
  }
  return out;
}

describe('retention: the audit log has no update or delete path', () => {
  const files = [...sourceFiles('lib'), ...sourceFiles('app'), ...sourceFiles('components'), ...sourceFiles('scripts'), 'prisma/seed.ts', 'server.ts'];
  // the one exception: chain-store.ts writes seq/prevHash/hash onto rows that have none, once per database
  const ALLOWED = new Set(['lib/audit/chain-store.ts']);
  const WRITE =
    /auditLog\s*\.\s*(update|updateMany|updateManyAndReturn|delete|deleteMany|upsert)\b|\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?)\s+"?AuditLog"?/i;

  it('no source file outside the chain store updates, deletes or truncates audit rows', () => {
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((f) => !ALLOWED.has(f) && WRITE.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the check would see one (it is not vacuous)', () => {
    expect(WRITE.test('await tx.auditLog.deleteMany({ where: { at: { lt: cutoff } } })')).toBe(true);
    expect(WRITE.test('await db.$executeRaw`DELETE FROM "AuditLog" WHERE at < ${x}`')).toBe(true);
    expect(WRITE.test('tx.auditLog.update({ where: { id }, data })')).toBe(true);
  });

  it('the chain store updates audit rows only in the backfill, and only rows without a seq', () => {
    const src = fs.readFileSync(path.join(ROOT, 'lib/audit/chain-store.ts'), 'utf8');
    const updates = [...src.matchAll(/auditLog\s*\.\s*(update\w*|delete\w*|upsert)\b/g)];
    expect(updates.map((m) => m[1])).toEqual(['update']);
    expect(src).toMatch(/findMany\(\{ where: \{ seq: null \}/);
  });
});

let db: Db;
const userOf = (username: string): Promise<SessionUser> => sharedUserOf(db, username);

beforeAll(async () => {
  db = await createClient(inject('seededUrl'));
});
afterAll(async () => db?.$disconnect());

describe('the auditor cannot change anything', () => {
  // every 'use server' module of the app, found on disk (a new one is covered without touching this test); sign-in,
  // sign-out and the language switch change nothing in the district's data
  const NOT_DATA = new Set(['lib/auth/sign-in-action.ts', 'lib/auth/locale-action.ts']);
  // the auditor's own account, as every user's (DESIGN §9: its password, its signed-in devices, its second factor):
  // self-service, not the district's data; each acts on the caller's own user only (tests/security/password, sessions)
  const OWN_ACCOUNT = new Set([
    'changePasswordAction',
    'endOwnSessionAction',
    'endOtherSessionsAction',
    'startEnrolmentAction',
    'confirmEnrolmentAction',
    'disableTwoFactorAction',
    'secondStepAction', // the second sign-in step, like sign-in itself
    // the auditor's own reminders: marking its notifications read, its notification email and digest choice (the
    // services keep to the caller's own rows; another user's preferences need an account manager: notify-channels test)
    'markNotificationReadAction',
    'markAllNotificationsReadAction',
    'savePreferencesAction',
  ]);
  const modules = [...sourceFiles('lib'), ...sourceFiles('app')].filter(
    (f) => !NOT_DATA.has(f) && /^\s*(\/\/[^\n]*\n\s*)*['"]use server['"]/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')),
  );

  it('finds the server actions', () => {
    expect(modules.length).toBeGreaterThanOrEqual(10);
  });

  it('every server action that writes refuses the auditor (reads may answer), and nothing is written', async () => {
    session.user = await userOf('auditor');
    (globalThis as { leitaiDb?: Promise<Db> }).leitaiDb = Promise.resolve(db);
    const before = await db.auditLog.count();
    const results: string[] = [];
    const reads: string[] = [];
    const gated: string[] = [];
    const problem = await db.enterpriseProblem.findFirstOrThrow({ where: { status: 'in_progress' } });
    const problemInput = {
      problemId: problem.id,
      version: problem.version,
      note: '审计员不应能改动',
      date: '2026-06-01',
      resolution: '审计员不应能改动',
      rating: 'satisfied',
      reason: '审计员不应能改动',
      leadUnitId: problem.leadUnitId,
      assistUnitIds: [],
      responsiblePerson: '审计员',
      dueAt: '2026-12-31',
    };
    for (const file of modules) {
      const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
      for (const [name, fn] of Object.entries(mod)) {
        if (typeof fn !== 'function' || OWN_ACCOUNT.has(name)) continue;
        let outcome: unknown;
        try {
          outcome = await (fn as (input: unknown) => Promise<unknown>)({});
        } catch (e) {
          outcome = { threw: e instanceof Error ? e.message : String(e) };
        }
        results.push(`${file}#${name}: ${JSON.stringify(outcome)}`);
        if (JSON.stringify(outcome) === JSON.stringify({ ok: false, error: 'forbidden' })) continue;
        // let through: then it must be a read (every permission it accepts a :read one, e.g. the leaderboard's breakdown)
        const src = fs.readFileSync(path.join(ROOT, file), 'utf8');
        const decl = new RegExp(`export const ${name} = defineAction\\(\\{\\s*permission: ([^\\n]+)`).exec(src);
        expect(decl, `${file}#${name} is not a defineAction and did not refuse: ${JSON.stringify(outcome)}`).not.toBeNull();
        // the permission list as written, or the constant it names (const ANY_PROBLEM_ROLE = [...])
        let list = decl![1]!;
        const ident = /^([A-Z_][A-Z0-9_]*)/.exec(list.trim());
        if (ident) list = new RegExp(`const ${ident[1]}\\b[^=]*=\\s*(\\[[^\\]]*\\])`).exec(src)?.[1] ?? '';
        const perms = [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
        expect(perms.length, `${file}#${name}: its permissions`).toBeGreaterThan(0);
        if (perms.every((p) => /:read(:|$)/.test(p))) {
          reads.push(`${file}#${name}`);
          continue;
        }
        // a gate the auditor passes through a read permission it shares with unit users (the ledger's steps: any
        // problem role): the service must refuse it with a complete, valid input — not merely a malformed one
        const full = { ...problemInput, leadUnitId: problemInput.leadUnitId };
        const refused = (await (fn as (input: unknown) => Promise<{ ok: boolean; error?: string }>)(full)) ?? {};
        expect(refused.ok, `${file}#${name} accepted the auditor`).toBe(false);
        expect(refused.error, `${file}#${name}`).not.toBe('invalidInput');
        gated.push(`${file}#${name}: ${refused.error}`);
      }
    }
    expect(results.length).toBeGreaterThanOrEqual(30);
    expect(reads.length + gated.length).toBeLessThan(results.length / 2); // most refuse outright
    expect(await db.auditLog.count()).toBe(before);
  });
});

describe('the archive export', () => {
  let scratch: TestDatabase;
  let sdb: Db;
  beforeAll(async () => {
    scratch = await createMigratedDatabase('auditexport');
    sdb = await createClient(scratch.url);
    const write = (name: string, after: unknown) =>
      sdb.$transaction((tx) => writeAudit(tx, { id: null, name, ip: '10.0.0.1' }, { action: 'setup.update_unit', entityType: 'unit', entityId: 'u1', after }));
    await write('=HYPERLINK("http://evil","点我")', { name: '+SUM(A1:A9)' });
    await write('@cmd', { name: '-1+1', note: '含,逗号 和 "引号"' });
    await write('正常用户', { name: '普通单位' });
  });
  afterAll(async () => {
    await sdb?.$disconnect();
    await scratch?.drop();
  });

  it('holds the rows of the range, oldest first, with chain columns; formula-looking text is neutralised', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const found = await auditExportRows(sdb, { from: today, to: today });
    if ('tooMany' in found) throw new Error('too many');
    expect(found.total).toBe(3);
    expect(found.rows.map((r) => r[1])).toEqual(['=HYPERLINK("http://evil","点我")', '@cmd', '正常用户']);
    expect(found.rows.map((r) => r[10])).toEqual([1, 2, 3]); // seq: one entity's chain
    // a range that holds none
    const none = await auditExportRows(sdb, { from: '2020-01-01', to: '2020-01-31' });
    expect('rows' in none && none.rows.length).toBe(0);

    const csv = buildAuditCsv(found.rows).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""点我"")"`);
    expect(csv).toContain("'@cmd");
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField('含,逗号')).toBe('"含,逗号"');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildAuditXlsx(found.rows, { from: today, to: today }, new Date())) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('B2').value).toBe(`'=HYPERLINK("http://evil","点我")`);
    expect(ws.getCell('B3').value).toBe(`'@cmd`);
    expect(ws.getCell('B4').value).toBe('正常用户');
    for (let r = 2; r <= 4; r++) for (let c = 1; c <= 15; c++) expect(ws.getRow(r).getCell(c).formula).toBeUndefined();
  });

  it('the route: the admin gets 403, the auditor a file, and the export is audited (the chain still verifies)', async () => {
    // the route's database is the scratch one; its auditor the seeded one's
    const g = globalThis as { leitaiDb?: Promise<Db> };
    const prev = g.leitaiDb;
    g.leitaiDb = Promise.resolve(sdb);
    const auditor = await db.user.findUniqueOrThrow({ where: { username: 'auditor' } });
    await sdb.user.create({ data: { id: auditor.id, name: auditor.name, email: auditor.email, username: 'auditor', role: 'auditor' } });
    try {
      const { GET } = await import('@/app/api/audit/export/route');
      const appDb = sdb;
      const call = (q: string) => GET(new Request(`http://localhost/api/audit/export?${q}`), { params: Promise.resolve({}) });
      session.user = await userOf('admin');
      expect((await call('format=csv')).status).toBe(403);
      session.user = await userOf('leader1');
      expect((await call('format=xlsx')).status).toBe(403);
      session.user = null;
      expect((await call('format=csv')).status).toBe(401);
      expect(await appDb.auditLog.count({ where: { action: 'audit.export' } })).toBe(0);

      session.user = await userOf('auditor');
      const res = await call('format=csv&from=2020-01-01&to=2099-12-31');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect(res.headers.get('content-disposition')).toContain('attachment');
      const text = new TextDecoder().decode(await res.arrayBuffer());
      expect(text.split('\r\n').filter(Boolean).length).toBe(1 + 3);
      const xlsx = await call('format=xlsx');
      expect(xlsx.status).toBe(200);
      expect(new Uint8Array(await xlsx.arrayBuffer()).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // a zip
      const exports = await appDb.auditLog.findMany({ where: { action: 'audit.export' }, orderBy: { seq: 'asc' } });
      expect(exports.map((e) => [e.actorName, (e.after as { format: string }).format, e.chain, e.seq])).toEqual([
        [auditor.name, 'csv', 'audit_log', 1],
        [auditor.name, 'xlsx', 'audit_log', 2],
      ]);
      expect(await verifyAuditChain(appDb)).toMatchObject({ ok: true });
    } finally {
      g.leitaiDb = prev;
    }
  });
});
