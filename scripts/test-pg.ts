// `npm run test:pg`: the integration suite against the PostgreSQL server in DATABASE_URL.
// It creates its own database there (and each test file's scratch databases) and drops them after.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { providerOf, redactUrl } from '../lib/db/url';
import { quietEnv } from './run';

async function main(): Promise<number> {
  const server = process.env.DATABASE_URL ?? 'postgresql://postgres:postgres@127.0.0.1:5432/postgres';
  if (providerOf(server) !== 'postgresql') {
    console.error('test:pg needs DATABASE_URL=postgresql://user:password@host:port/db (a server where the user may CREATE DATABASE)');
    return 2;
  }
  const name = `leitai_pgtest_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(server);
  u.pathname = '/' + name;
  console.log(`test:pg on ${redactUrl(u.toString())}`);
  try {
    const res = spawnSync('npx', ['vitest', 'run', '--project', 'integration'], {
      stdio: 'inherit',
      env: { ...process.env, ...quietEnv, DATABASE_URL: u.toString() },
    });
    return res.status ?? 1;
  } finally {
    const c = new Client({ connectionString: server });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
