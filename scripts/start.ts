// `npm start`: generate clients, migrate, seed the demo district if the database is empty, build, serve
// (server.ts: Next.js behind the leaderboard's page cache).
import { run, quietEnv, SERVER_NODE_OPTIONS } from './run';

const env = { ...quietEnv, NODE_ENV: 'production' as const };
const port = process.env.PORT ?? '3000';

run('npx', ['tsx', 'scripts/prisma.ts', 'generate'], { env });
run('npx', ['tsx', 'scripts/prisma.ts', 'migrate'], { env });
run('npx', ['tsx', 'prisma/seed.ts'], { env });
if (process.env.LEITAI_SKIP_BUILD !== '1') run('npx', ['next', 'build'], { env });
console.log(`\nLeitai on http://localhost:${port}  (demo password: see README)`);
run('npx', ['tsx', 'server.ts', '--port', port], { env: { ...env, NODE_OPTIONS: SERVER_NODE_OPTIONS } });
