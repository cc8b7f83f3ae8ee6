// Offline Prisma tooling (see docs/decisions/002-prisma-offline.md): generate both clients,
// write migrations by diffing schema snapshots, and apply them — all through Prisma's wasm
// schema engine, because the CLI's native engine cannot be downloaded here.
//
//   tsx scripts/prisma.ts generate           derive the PostgreSQL schema, generate both clients
//   tsx scripts/prisma.ts migrate            apply pending migrations to DATABASE_URL
//   tsx scripts/prisma.ts migration <name>   write a new migration pair from the changed schema
//   tsx scripts/prisma.ts status             print pending migrations of DATABASE_URL
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adapterFor } from '../lib/db/adapter';
import { listMigrations, migrationsDir } from '../lib/db/migrations';
import { databaseUrl, providerOf, redactUrl, type Provider } from '../lib/db/url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_SCHEMA = path.join(ROOT, 'prisma', 'schema.prisma');
const PG_SCHEMA = path.join(ROOT, 'prisma', 'generated', 'schema.postgresql.prisma');
const PROVIDERS: Provider[] = ['sqlite', 'postgresql'];

/** The schema text for a provider: the source schema with its provider line (and client output) swapped. */
export function schemaFor(provider: Provider, source: string, forGenerate = false): string {
  if (provider === 'sqlite') return source;
  let out = source.replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  if (forGenerate) out = out.replace(/output\s*=\s*"\.\.\/lib\/generated\/sqlite"/, 'output       = "../../lib/generated/pg"');
  return out;
}

function generate() {
  const source = fs.readFileSync(SOURCE_SCHEMA, 'utf8');
  fs.mkdirSync(path.dirname(PG_SCHEMA), { recursive: true });
  fs.writeFileSync(PG_SCHEMA, '// GENERATED from prisma/schema.prisma by scripts/prisma.ts — do not edit\n' + schemaFor('postgresql', source, true));
  const prismaBin = path.join(ROOT, 'node_modules', '.bin', 'prisma');
  for (const schema of [SOURCE_SCHEMA, PG_SCHEMA]) {
    // The native engine is only needed for migrations; generate works with a dummy binary.
    execFileSync(prismaBin, ['generate', '--schema', schema], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true', PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
    });
  }
  console.log('prisma: generated clients for sqlite and postgresql');
}

// ─── wasm schema engine ───

type EngineModule = typeof import('@prisma/schema-engine-wasm');
type Engine = Awaited<ReturnType<EngineModule['SchemaEngine']['new']>>;
let engineModule: Promise<EngineModule> | undefined;

/** Instantiate the wasm module by hand (Node 20 cannot import .wasm); only once per process. */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
      set_message(message: string) {
        console.error('schema engine panic:', message);
      },
    };
    const bg = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bgFile = fileURLToPath(import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const wasm = fs.readFileSync(path.join(path.dirname(bgFile), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(wasm, { './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return bg;
  })();
  return engineModule;
}

async function openEngine(url: string, schema: string): Promise<Engine> {
  const { SchemaEngine } = await loadEngineModule();
  const { bindMigrationAwareSqlAdapterFactory } = await import('@prisma/driver-adapter-utils');
  const adapter = await adapterFor(url);
  return SchemaEngine.new(
    { datamodels: [['schema.prisma', schema]] } as never,
    (log: string) => {
      if (process.env.LEITAI_DEBUG_ENGINE) console.error(log);
    },
    bindMigrationAwareSqlAdapterFactory(adapter as never),
  );
}

const FILTERS = { externalTables: [], externalEnums: [] };

function migrationsList(provider: Provider) {
  const baseDir = migrationsDir(provider, ROOT);
  return {
    baseDir,
    shadowDbInitScript: '',
    lockfile: { path: 'migration_lock.toml', content: `provider = "${provider}"\n` },
    migrationDirectories: listMigrations(provider, ROOT).map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok' as const, value: fs.readFileSync(path.join(baseDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

/** Apply pending migrations to `url`; returns the names applied (empty on a second run). */
export async function migrate(url: string = databaseUrl()): Promise<string[]> {
  const provider = providerOf(url);
  const source = fs.readFileSync(SOURCE_SCHEMA, 'utf8');
  const engine = await openEngine(url, schemaFor(provider, source));
  try {
    const out = await engine.applyMigrations({ migrationsList: migrationsList(provider), filters: FILTERS } as never);
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

async function status(url: string = databaseUrl()) {
  const provider = providerOf(url);
  const engine = await openEngine(url, schemaFor(provider, fs.readFileSync(SOURCE_SCHEMA, 'utf8')));
  try {
    const out = await engine.diagnoseMigrationHistory({
      migrationsList: migrationsList(provider),
      optInToShadowDatabase: false,
      filters: FILTERS,
    } as never);
    return out;
  } finally {
    engine.free();
  }
}

/** Write prisma/migrations/<provider>/<timestamp>_<name>/ for both providers from the last snapshot. */
async function newMigration(name: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('migration name: lowercase letters, digits and _ only');
  const source = fs.readFileSync(SOURCE_SCHEMA, 'utf8');
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const folder = `${stamp}_${name}`;
  // diff is schema-to-schema and touches no database; an in-memory SQLite adapter satisfies the engine.
  const engine = await openEngine('file::memory:', source);
  try {
    let wrote = 0;
    for (const provider of PROVIDERS) {
      const previous = listMigrations(provider, ROOT).at(-1);
      const snapshotFile = previous && path.join(migrationsDir(provider, ROOT), previous, 'schema.prisma');
      const to = schemaFor(provider, source);
      const from =
        snapshotFile && fs.existsSync(snapshotFile)
          ? { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: fs.readFileSync(snapshotFile, 'utf8') }] }
          : { tag: 'empty' };
      const result = await engine.diff({
        from,
        to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: to }] },
        script: true,
        exitCode: null,
        filters: FILTERS,
      } as never);
      const sql = result.stdout ?? '';
      if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
        console.log(`${provider}: schema unchanged, no migration written`);
        continue;
      }
      const dir = path.join(migrationsDir(provider, ROOT), folder);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
      fs.writeFileSync(path.join(dir, 'schema.prisma'), to);
      fs.writeFileSync(path.join(migrationsDir(provider, ROOT), 'migration_lock.toml'), `provider = "${provider}"\n`);
      console.log(`${provider}: wrote ${path.relative(ROOT, dir)}/migration.sql — read it before committing`);
      wrote++;
    }
    return wrote;
  } finally {
    engine.free();
  }
}

async function main() {
  const [cmd, arg] = process.argv.slice(2);
  const started = performance.now();
  switch (cmd) {
    case 'generate':
      generate();
      break;
    case 'migrate': {
      const url = databaseUrl();
      const applied = await migrate(url);
      console.log(
        applied.length
          ? `migrate: applied ${applied.length} migration(s) to ${redactUrl(url)}: ${applied.join(', ')}`
          : `migrate: ${redactUrl(url)} is up to date`,
      );
      // audit rows written before the hash chain existed join it, once (decision 017)
      const { backfillAuditChain } = await import('../lib/audit/chain-store');
      const { createClient } = await import('../lib/db/client');
      const db = await createClient(url);
      try {
        const chained = await backfillAuditChain(db);
        if (chained) console.log(`migrate: chained ${chained} earlier audit row(s)`);
      } finally {
        await db.$disconnect();
      }
      break;
    }
    case 'migration':
      if (!arg) throw new Error('usage: npm run db:migration -- <name>');
      await newMigration(arg);
      break;
    case 'status':
      console.log(JSON.stringify(await status(), null, 2));
      break;
    default:
      throw new Error('usage: tsx scripts/prisma.ts generate | migrate | migration <name> | status');
  }
  if (process.env.LEITAI_TIMING) console.error(`${cmd}: ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
