// Runs before every page: hands the requested path to the server components (the guard sends a signed-out visitor
// to /login?next=<this path>, so sign-in brings them back). API routes, assets and Next's own files skip it.
import { NextResponse, type NextRequest } from 'next/server';
import { REQUEST_PATH_HEADER } from '@/lib/auth/rules';

export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.searchParams.delete('_rsc'); // a client-side navigation's RSC request names the same page
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, url.pathname + url.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/((?!api/|_next/|login|icon|favicon|apple-icon|robots\\.txt).*)'],
};
