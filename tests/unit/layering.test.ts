// Imports run downward only: components/ and lib/ never import from app/ (route folders hold pages, not actions);
// components/ and app/ read nothing themselves (reads live in lib/<domain>/queries.server.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return rel === path.join('lib', 'generated') ? [] : sourceFiles(rel);
    return /\.(ts|tsx)$/.test(entry.name) ? [rel] : [];
  });
}

const upward = /(?:from\s+|import\s*\(\s*)['"](?:@\/app\/|(?:\.\.\/)+app\/)/;

describe('layering', () => {
  for (const dir of ['components', 'lib']) {
    it(`nothing under ${dir}/ imports from app/`, () => {
      const offenders = sourceFiles(dir).flatMap((file) =>
        fs
          .readFileSync(path.join(root, file), 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
          .filter(({ line }) => upward.test(line))
          .map(({ at, line }) => `${at}  ${line.trim()}`),
      );
      expect(offenders).toEqual([]);
    });
  }
});

const prismaRead = /\b(?:db|tx|prisma)\.[a-zA-Z]+\.(?:findMany|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|count|aggregate|groupBy)\(|\$queryRaw/;

describe('reads', () => {
  // pages, layouts, route handlers and components call lib/<domain>/queries.server.ts; none queries the database itself
  for (const dir of ['components', 'app']) {
    it(`nothing under ${dir}/ reads the database itself`, () => {
      const offenders = sourceFiles(dir).filter((file) => prismaRead.test(fs.readFileSync(path.join(root, file), 'utf8')));
      expect(offenders).toEqual([]);
    });
  }
});
