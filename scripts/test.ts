// `npm test`: every suite — typecheck, lint, format, unit, integration (SQLite), build, end-to-end in Chromium.
// Installs Debian's chromium and fonts-noto-cjk first when they are missing (apt-get, as root).
//   tsx scripts/test.ts          everything
//   tsx scripts/test.ts e2e      build + end-to-end only
// With LEITAI_TEST_PG=postgresql://… (what .ci/run sets) the PostgreSQL suite (`npm run test:pg`) runs too: its
// integration files beside the SQLite ones (before the build), its two-instance test beside the end-to-end tests that
// switch district-wide settings (those run one at a time, on a fresh server: playwright.config.ts LEITAI_E2E_PHASE).
// The checks run two at a time (CI has two cores), their output printed as each ends.
import { spawn, spawnSync } from 'node:child_process';
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

interface Result {
  name: string;
  ok: boolean;
  seconds: number;
}

const npx = (name: string, args: string[], env?: Record<string, string>): Stage => ({ name, cmd: 'npx', args, env });

/** Run a stage; `live` streams its output, otherwise it is printed in one block when the stage ends. */
function runStage(stage: Stage, live: boolean): Promise<Result> {
  const started = performance.now();
  if (live) console.log(`\n━━ ${stage.name} ━━`);
  return new Promise((resolve) => {
    const child = spawn(stage.cmd, stage.args, {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...quietEnv, ...stage.env },
    });
    const out: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => out.push(b));
    child.on('close', (code) => {
      const result = { name: stage.name, ok: code === 0, seconds: (performance.now() - started) / 1000 };
      if (!live) console.log(`\n━━ ${stage.name} (${result.seconds.toFixed(1)} s) ━━\n${Buffer.concat(out).toString('utf8').trimEnd()}`);
      resolve(result);
    });
  });
}

/** Run stages at most `width` at a time, output printed per stage as each ends. */
async function pool(stages: Stage[], width: number): Promise<Result[]> {
  const results: Result[] = [];
  const queue = [...stages];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let s = queue.shift(); s; s = queue.shift()) results.push(await runStage(s, false));
    }),
  );
  return stages.map((s) => results.find((r) => r.name === s.name)!);
}

async function main(): Promise<boolean> {
  const all = process.argv[2] !== 'e2e';
  const pg = process.env.LEITAI_TEST_PG ?? '';
  ensureBrowser();
  const results: Result[] = [];
  results.push(await runStage(npx('generate', ['tsx', 'scripts/prisma.ts', 'generate']), true));
  if (all) {
    results.push(
      ...(await pool(
        [
          npx('typecheck', ['tsc', '--noEmit']),
          npx('lint (ESLint)', ['eslint', '.', '--max-warnings', '0']),
          npx('format (Prettier)', ['prettier', '--check', '.']),
          npx('unit', ['vitest', 'run', '--project', 'unit']),
        ],
        2,
      )),
    );
    // integration runs on SQLite here; `npm run test:pg` (or LEITAI_TEST_PG) runs the same files on PostgreSQL — beside
    // it, before the build: the end-to-end tests then have the two cores to themselves (run beside them, the
    // PostgreSQL files took 824 s instead of ~200 s and slowed the browser tests as much)
    const sqlite = runStage(npx('integration (SQLite)', ['vitest', 'run', '--project', 'integration'], { DATABASE_URL: '' }), !pg);
    const pgIntegration = pg ? runStage(npx('integration (PostgreSQL)', ['tsx', 'scripts/test-pg.ts', 'integration'], { DATABASE_URL: pg }), false) : null;
    results.push(await sqlite);
    if (pgIntegration) results.push(await pgIntegration);
  }
  const build = await runStage(npx('build', ['next', 'build'], { NODE_ENV: 'production' }), true);
  results.push(build);
  const failed = (name: string): Promise<Result> => Promise.resolve({ name, ok: false, seconds: 0 });
  if (!pg) {
    results.push(await (build.ok ? runStage(npx('end-to-end (Chromium)', ['playwright', 'test']), true) : failed('end-to-end (Chromium)')));
  } else {
    // with PostgreSQL: the shared end-to-end part, then the district-wide part (one browser at a time, on a fresh
    // server) beside the two-instance test
    results.push(
      await (build.ok ? runStage(npx('end-to-end (Chromium)', ['playwright', 'test'], { LEITAI_E2E_PHASE: 'shared' }), true) : failed('end-to-end (Chromium)')),
    );
    if (build.ok) {
      const global = runStage(npx('end-to-end, district-wide', ['playwright', 'test'], { LEITAI_E2E_PHASE: 'global' }), false);
      const cluster = runStage(npx('two instances (PostgreSQL)', ['tsx', 'scripts/test-pg.ts', 'cluster'], { DATABASE_URL: pg }), true);
      results.push(await global, await cluster);
    }
  }

  console.log('\n━━ summary ━━');
  for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name.padEnd(28)} ${r.seconds.toFixed(1)} s`);
  return results.every((r) => r.ok);
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
