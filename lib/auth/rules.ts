// Pure sign-in rules: where a signed-out visitor is sent so that sign-in brings them back.
import { safeNextPath } from '../domain/schemas';

/** The sign-in page for a visitor headed to `target` (a path with its query); unsafe or home targets drop `next`. */
export function signInPath(target: string | null | undefined): string {
  const next = safeNextPath.parse(target ?? '/');
  if (next === '/' || next === '/login' || next.startsWith('/login?') || next.startsWith('/login/')) return '/login';
  return `/login?next=${encodeURIComponent(next)}`;
}

/** Request header through which proxy.ts tells the pages which path (with query) was asked for. */
export const REQUEST_PATH_HEADER = 'x-leitai-path';
