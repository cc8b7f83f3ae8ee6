// Evidence files (issue #13 item 4): upload and download of a 20 MB file through the production server — throughput
// and the server's RSS growth (the body is streamed into 1 MiB chunks, copied once; a download holds one chunk).
// Needs a production build (`npx next build`). Usage: npx tsx bench/evidence.bench.ts   (< 1 min on SQLite)
//   EVIDENCE_BENCH_PG=postgresql://user:pw@127.0.0.1:5432/postgres   run on PostgreSQL (scratch database, dropped)
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createClient } from '../lib/db/client';
import { samplePdf } from '../lib/evidence/samples';
import { EVIDENCE_MAX_BYTES } from '../lib/evidence/rules';
import { quietEnv } from '../scripts/run';
import { createTestDatabase, migrate, seed } from '../tests/support/scratch-db';
import { rssMb, sampled, sessionCookie, waitFor } from './support';

const ROOT = path.resolve(import.meta.dirname, '..');
const PORT = 3731;
const BASE = `http://127.0.0.1:${PORT}`;
const PG = process.env.EVIDENCE_BENCH_PG ?? '';
const ROUNDS = 3;

const db = await createTestDatabase('bench_ev', undefined, PG);
const env = { ...process.env, ...quietEnv, DATABASE_URL: db.url, NODE_ENV: 'production' as const };
migrate(db.url);
seed(db.url, { ...quietEnv, NODE_ENV: 'production' });
const client = await createClient(db.url);
const period = await client.period.findFirstOrThrow({ where: { state: 'open' } });
const unit = await client.unit.findUniqueOrThrow({ where: { code: 'szj' } });
const indicator = await client.indicator.findFirstOrThrow({ where: { periodId: period.id, unitId: unit.id }, orderBy: { sortOrder: 'asc' } });

// the server node process itself (not an npx wrapper), so /proc/<pid> is its memory
const log = fs.openSync(path.join(ROOT, 'data', 'bench-evidence-server.log'), 'w');
const server = spawn(process.execPath, ['--import', 'tsx', 'server.ts', '--port', String(PORT), '--hostname', '127.0.0.1'], {
  cwd: ROOT,
  env,
  stdio: ['ignore', log, log],
});
try {
  await waitFor(`${BASE}/api/health`);
  const cookie = await sessionCookie(BASE, 'szj_head');
  const pid = server.pid!;
  // warm the routes once with a small file
  await fetch(`${BASE}/api/evidence?indicatorId=${indicator.id}&name=warm.pdf`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(samplePdf(['warm'])),
  });
  const baseline = rssMb(pid);
  const rows: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const head = samplePdf([`bench ${round}`]);
    const bytes = Buffer.concat([head, randomBytes(EVIDENCE_MAX_BYTES - 1024 - head.length)]);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const before = rssMb(pid);
    const up = await sampled(pid, async () => {
      const res = await fetch(`${BASE}/api/evidence?indicatorId=${indicator.id}&name=${encodeURIComponent(`大文件${round}.pdf`)}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/octet-stream' },
        body: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
      });
      const json = (await res.json()) as { ok: boolean; file?: { id: string; sha256: string } };
      if (!json.ok || json.file?.sha256 !== sha) throw new Error(`upload failed: ${JSON.stringify(json)}`);
      return json.file.id;
    });
    const down = await sampled(pid, async () => {
      const res = await fetch(`${BASE}/api/evidence/${up.value}?download=1`, { headers: { cookie } });
      const hash = createHash('sha256');
      let n = 0;
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        hash.update(chunk);
        n += chunk.byteLength;
      }
      if (hash.digest('hex') !== sha || n !== bytes.length) throw new Error('download differs');
      return n;
    });
    const mbs = (ms: number) => (bytes.length / 1024 / 1024 / (ms / 1000)).toFixed(1);
    rows.push(
      `round ${round + 1}: upload ${up.ms.toFixed(0)} ms (${mbs(up.ms)} MB/s), RSS ${before.toFixed(0)} → peak ${up.peak.toFixed(0)} MB (+${(up.peak - before).toFixed(0)}); ` +
        `download ${down.ms.toFixed(0)} ms (${mbs(down.ms)} MB/s), peak ${down.peak.toFixed(0)} MB`,
    );
  }
  console.log(
    `evidence bench on ${PG ? 'PostgreSQL' : 'SQLite'}: ${ROUNDS} × ${(EVIDENCE_MAX_BYTES - 1024) / 1024 / 1024} MB file, server RSS after warm-up ${baseline.toFixed(0)} MB`,
  );
  for (const r of rows) console.log('  ' + r);
  console.log(`  server RSS at the end ${rssMb(pid).toFixed(0)} MB`);
} finally {
  server.kill('SIGTERM');
  await client.$disconnect();
  await new Promise((r) => setTimeout(r, 500));
  await db.drop();
}
