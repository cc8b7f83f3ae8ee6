// The session-signing secret: BETTER_AUTH_SECRET, or a random one kept in data/ on first start.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A random secret kept in `dir/name` (created once, readable only by the owner): what a dev or demo deployment uses
 * when the environment gives none. `make` draws a new one.
 */
export function keptSecret(dir: string, name: string, make: () => string): string {
  const file = path.join(dir, name);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(dir, { recursive: true });
    const secret = make();
    // wx: if another process created it first, keep theirs
    try {
      fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, 'utf8').trim();
    }
  }
}

export function authSecret(env: NodeJS.ProcessEnv = process.env, dir = path.join(process.cwd(), 'data')): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  return keptSecret(dir, 'auth-secret', () => crypto.randomBytes(32).toString('base64url'));
}
