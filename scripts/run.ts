// Tiny helpers for the ops scripts: run a command with inherited output, fail loudly.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

export function run(cmd: string, args: string[], opts: SpawnSyncOptions = {}): void {
  const started = performance.now();
  const res = spawnSync(cmd, args, { stdio: 'inherit', ...opts, env: { ...process.env, ...opts.env } });
  if (res.status !== 0) {
    console.error(`✗ ${cmd} ${args.join(' ')} exited with ${res.status ?? res.signal}`);
    process.exit(res.status ?? 1);
  }
  if (process.env.LEITAI_TIMING) console.error(`  (${cmd} ${args[0] ?? ''}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

export const quietEnv = { NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };

/**
 * Node flags of the production server (`npm start`, the e2e server, the benches' servers). V8's default
 * young generation (16 MB semi-spaces here) on purpose: with 64 MB the scoring engine's median at 1,000 units
 * was ~2 ms lower, but each scavenge then paused the server 10–80 ms during a meeting's score bursts (5–16 ms
 * with the default), the arena's p99 latency. docs/decisions/006 and 009 have the figures.
 */
export const SERVER_NODE_OPTIONS = process.env.NODE_OPTIONS ?? '';
