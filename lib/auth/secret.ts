// The session-signing secret: BETTER_AUTH_SECRET, or a random one kept in data/ on first start.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function authSecret(env: NodeJS.ProcessEnv = process.env, dir = path.join(process.cwd(), 'data')): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const file = path.join(dir, 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(dir, { recursive: true });
    const secret = crypto.randomBytes(32).toString('base64url');
    // wx: if another process created it first, keep theirs
    try {
      fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, 'utf8').trim();
    }
  }
}
