// `npm run test:pg`: the integration suite against the PostgreSQL server in DATABASE_URL, then two app
// instances on one PostgreSQL database sharing a live arena (playwright.cluster.config.ts).
// It creates its own databases there (and each test file's scratch databases) and drops them after.
//   tsx scripts/test-pg.ts               both
//   tsx scripts/test-pg.ts integration   the integration suite only (scripts/test.ts runs it beside the e2e tests)
//   tsx scripts/test-pg.ts cluster       the two-instance test only
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { Client } from 'pg';
import { providerOf, redactUrl } from '../lib/db/url';
import { quietEnv } from './run';

async function main(): Promise<number> {
  const server = process.env.DATABASE_URL ?? 'postgresql://postgres:postgres@127.0.0.1:5432/postgres';
  if (providerOf(server) !== 'postgresql') {
    console.error('test:pg needs DATABASE_URL=postgresql://user:password@host:port/db (a server where the user may CREATE DATABASE)');
    return 2;
  }
  const phase = process.argv[2] ?? 'all';
  if (!['all', 'integration', 'cluster'].includes(phase)) {
    console.error(`unknown part "${phase}": integration | cluster`);
    return 2;
  }
  const name = `leitai_pgtest_${randomBytes(4).toString('hex')}`;
  const u = new URL(server);
  u.pathname = '/' + name;
  const cluster = new URL(server);
  cluster.pathname = `/${name}_cluster`;
  try {
    let integration = 0;
    if (phase !== 'cluster') {
      const admin = new Client({ connectionString: server });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      console.log(`test:pg on ${redactUrl(u.toString())}`);
      const res = spawnSync('npx', ['vitest', 'run', '--project', 'integration'], {
        stdio: 'inherit',
        env: { ...process.env, ...quietEnv, DATABASE_URL: u.toString() },
      });
      integration = res.status ?? 1;
    }
    if (phase === 'integration' || process.env.LEITAI_SKIP_CLUSTER === '1') return integration;
    return Math.max(integration, await twoInstances(server, cluster.toString()));
  } finally {
    const c = new Client({ connectionString: server });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`DROP DATABASE IF EXISTS "${name}_cluster" WITH (FORCE)`);
    await c.end();
  }
}

/** Two `server.ts` instances on one freshly seeded database: a score through one reaches a screen on the other. */
async function twoInstances(server: string, url: string): Promise<number> {
  console.log(`\ntwo instances on ${redactUrl(url)}`);
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${new URL(url).pathname.slice(1)}"`);
  await admin.end();
  const env = { ...process.env, ...quietEnv, DATABASE_URL: url };
  for (const args of [
    ['tsx', 'scripts/prisma.ts', 'migrate'],
    ['tsx', 'prisma/seed.ts'],
  ]) {
    const r = spawnSync('npx', args, { stdio: 'inherit', env });
    if (r.status !== 0) return r.status ?? 1;
  }
  if (!fs.existsSync('.next/BUILD_ID')) {
    const b = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...env, NODE_ENV: 'production' } });
    if (b.status !== 0) return b.status ?? 1;
  }
  const r = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.cluster.config.ts'], { stdio: 'inherit', env: { ...env, E2E_DATABASE_URL: url } });
  return r.status ?? 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
