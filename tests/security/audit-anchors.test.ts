// Chain heads anchored in backup manifests (lib/audit/anchors.ts): a rewrite that re-hashes the chain from the edited
// row to the head passes the chain check — the attacker had database write access — but not the check against a
// manifest written before it. Through the real scripts: db:backup records the heads, audit:verify --anchors checks.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '@/lib/audit.server';
import { verifyAuditChain } from '@/lib/audit/chain-store';
import { rowHash } from '@/lib/audit/hash';
import { createClient, type Db } from '@/lib/db/client';
import { listBackups } from '@/lib/ops/backup';
import { type TestDatabase, createMigratedDatabase, runScript } from '../support/database';

const ROOT = path.resolve(import.meta.dirname, '../..');
const actor = { id: null, name: '锚定测试', ip: '127.0.0.1' };
const CHAIN = 'period:anchor-test';
let scratch: TestDatabase;
let db: Db;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-anchors-'));

const write = (i: number) =>
  db.$transaction((tx) =>
    writeAudit(tx, actor, { action: 'test.write', entityType: 'test', entityId: `a${i}`, scope: { period: 'anchor-test' }, after: { n: i } }),
  );

function verify(...args: string[]) {
  const res = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/audit-verify.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: scratch.url },
  });
  return { code: res.status, out: res.stdout + res.stderr };
}

beforeAll(async () => {
  scratch = await createMigratedDatabase('anchors');
  db = await createClient(scratch.url);
  for (let i = 1; i <= 6; i++) await write(i);
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('chain heads anchored in backup manifests', () => {
  it('a backup records every chain head; later rows do not disturb the check', async () => {
    runScript('scripts/db-backup.ts', ['--out', dir], scratch.url);
    const [backup] = listBackups(dir);
    const head = backup!.manifest.auditHeads?.find((h) => h.chain === CHAIN);
    const row6 = await db.auditLog.findUniqueOrThrow({ where: { chain_seq: { chain: CHAIN, seq: 6 } } });
    expect(head).toEqual({ chain: CHAIN, seq: 6, hash: row6.hash });

    for (let i = 7; i <= 9; i++) await write(i);
    const ok = verify('--anchors', dir);
    expect(ok.code, ok.out).toBe(0);
    expect(ok.out).toMatch(/ANCHORS OK sources=1 heads=\d+/);
  });

  it('a consistent rewrite of an older row passes the chain check but not the anchors', async () => {
    // the attacker edits row 3 and re-hashes rows 3..9 and the head, as the writer would have
    const rows = await db.auditLog.findMany({ where: { chain: CHAIN }, orderBy: { seq: 'asc' } });
    let prev = rows[1]!.hash!;
    await db.$transaction(async (tx) => {
      for (const r of rows.slice(2)) {
        const after = r.seq === 3 ? { n: 300 } : r.after;
        const hash = rowHash({ ...r, after, seq: r.seq!, prevHash: prev });
        await tx.auditLog.update({ where: { id: r.id }, data: { after: after ?? undefined, prevHash: prev, hash } });
        prev = hash;
      }
      await tx.auditChain.update({ where: { chain: CHAIN }, data: { hash: prev } });
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true }); // the chain alone cannot tell

    const res = verify('--anchors', dir);
    expect(res.code, res.out).toBe(1);
    expect(res.out).toContain(`ANCHOR MISMATCH`);
    expect(res.out).toContain(`chain=${CHAIN} seq=6`);
    expect(res.out).toContain('与备份清单不符');
    expect(verify().code).toBe(0); // without anchors: intact
  });
});
