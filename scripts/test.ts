// `npm test`: every suite — typecheck, lint, format, unit, integration (SQLite), build, end-to-end in Chromium.
// Installs Debian's chromium and fonts-noto-cjk first when they are missing (apt-get, as root).
//   tsx scripts/test.ts          everything
//   tsx scripts/test.ts e2e      build + end-to-end only
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { quietEnv } from './run';

const CHROMIUM = '/usr/bin/chromium';

function hasCjkFont(): boolean {
  const res = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return res.status === 0 && /Noto Sans CJK|Noto Serif CJK/i.test(res.stdout);
}

export function ensureBrowser(): void {
  const missing = [!fs.existsSync(CHROMIUM) && 'chromium', !hasCjkFont() && 'fonts-noto-cjk'].filter(Boolean) as string[];
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    console.error(`✗ end-to-end tests need ${missing.join(' and ')}: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`installing ${missing.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const res = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing, 'fontconfig'], { stdio: 'inherit', env });
  if (res.status !== 0) {
    console.error('✗ apt-get install failed');
    process.exit(1);
  }
}

interface Stage {
  name: string;
  cmd: string;
  args: string[];
  env?: Record<string, string>;
}

const all = process.argv[2] !== 'e2e';
const stages: Stage[] = [
  { name: 'generate', cmd: 'npx', args: ['tsx', 'scripts/prisma.ts', 'generate'] },
  ...(all
    ? [
        { name: 'typecheck', cmd: 'npx', args: ['tsc', '--noEmit'] },
        { name: 'lint (ESLint)', cmd: 'npx', args: ['eslint', '.', '--max-warnings', '0'] },
        { name: 'format (Prettier)', cmd: 'npx', args: ['prettier', '--check', '.'] },
        { name: 'unit', cmd: 'npx', args: ['vitest', 'run', '--project', 'unit'] },
        // integration runs on SQLite here; `npm run test:pg` runs the same files on PostgreSQL
        { name: 'integration (SQLite)', cmd: 'npx', args: ['vitest', 'run', '--project', 'integration'], env: { DATABASE_URL: '' } },
      ]
    : []),
  { name: 'build', cmd: 'npx', args: ['next', 'build'], env: { NODE_ENV: 'production' } },
  { name: 'end-to-end (Chromium)', cmd: 'npx', args: ['playwright', 'test'] },
];

ensureBrowser();
const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const stage of stages) {
  if (stage.name.startsWith('end-to-end') && results.some((r) => r.name === 'build' && !r.ok)) {
    results.push({ name: stage.name, ok: false, seconds: 0 });
    continue;
  }
  console.log(`\n━━ ${stage.name} ━━`);
  const started = performance.now();
  const res = spawnSync(stage.cmd, stage.args, { stdio: 'inherit', env: { ...process.env, ...quietEnv, ...stage.env } });
  results.push({ name: stage.name, ok: res.status === 0, seconds: (performance.now() - started) / 1000 });
}
console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name.padEnd(24)} ${r.seconds.toFixed(1)} s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
