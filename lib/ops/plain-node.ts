// For the jobs server.ts starts in plain Node, outside Next.js's bundler (daily backups, the audit verification,
// reminders): writeAudit and the settings live in modules marked `server-only`, whose package throws under plain Node;
// this resolve hook maps that marker to an empty module for this process (Next.js's own bundles have it compiled away
// already), so the jobs audit through the one writeAudit everyone uses. Each starter calls it: it registers once.
import { register } from 'node:module';

const SERVER_ONLY_HOOK = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export{}', shortCircuit: true };
  return next(specifier, context);
}`;

let registered = false;

export function allowServerOnlyImports(): void {
  if (registered) return;
  register('data:text/javascript,' + encodeURIComponent(SERVER_ONLY_HOOK));
  registered = true;
}
