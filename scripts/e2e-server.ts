// The server end-to-end tests talk to: a fresh SQLite database (migrated, demo-seeded) and the production server
// (server.ts, as `npm start` runs it).
// Expects `next build` to have run (npm test does it).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createClient } from '../lib/db/client';
import { run, quietEnv, SERVER_NODE_OPTIONS } from './run';

const port = process.env.E2E_PORT ?? '3100';
const file = path.resolve('data', `e2e-${port}.db`);
for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
const env = { ...quietEnv, DATABASE_URL: `file:${file}`, NODE_ENV: 'production' as const };
run('npx', ['tsx', 'scripts/prisma.ts', 'migrate'], { env });
run('npx', ['tsx', 'prisma/seed.ts'], { env });
// The suite plays a reverse proxy: tests that fail sign-ins on purpose send their own X-Forwarded-For, so their
// failures count against that address and not against 127.0.0.1, where every other test signs in (lib/auth/sign-in.server.ts).
const db = await createClient(env.DATABASE_URL);
await db.setting.upsert({ where: { key: 'network.trustedProxy' }, create: { key: 'network.trustedProxy', value: true }, update: { value: true } });
await db.$disconnect();
const server = spawn('npx', ['tsx', 'server.ts', '--port', port, '--hostname', '127.0.0.1'], {
  stdio: 'inherit',
  env: { ...process.env, ...env, NODE_OPTIONS: SERVER_NODE_OPTIONS },
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
