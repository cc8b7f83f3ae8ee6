// The one entry for route handlers (app/api/**), beside defineAction: who may call, zod for path, query and
// body, and refusals as JSON with a Chinese message — 401 without a session, 403/404 as the route says.
import 'server-only';
import { createTranslator } from 'next-intl';
import { z } from 'zod';
import { messages } from '../../messages';
import { sessionUserOf, type SessionUser } from '../auth/guard.server';
import { PASSWORD_CHANGE_REQUIRED } from '../auth/password-paths';
import { can, type Permission } from '../auth/permissions';
import { mustEnrolTwoFactor, TWO_FACTOR_REQUIRED } from '../auth/two-factor-rules';
import type { Db } from '../db/client';
import { getDb } from '../db.server';
import { clientIp } from '../request.server';
import { getSetting } from '../settings/settings.server';
import { fieldErrorsOf, serviceContext, type ActionContext } from './define-action.server';
import { DomainError, type FieldErrors } from './result';

/** Who may call: anyone, anyone (with the user when signed in), any signed-in user, or holders of a permission (any of a list). */
export type RouteAuth = 'public' | 'optional' | 'user' | Permission | readonly Permission[];

type UserOf<A extends RouteAuth> = A extends 'public' | 'optional' ? SessionUser | null : SessionUser;
/** A public route (the health probe) opens the database itself, so that it can report it unreachable. */
type DbOf<A extends RouteAuth> = A extends 'public' ? null : Db;

export interface RouteContext<U extends SessionUser | null = SessionUser, D extends Db | null = Db> {
  req: Request;
  user: U;
  db: D;
  now: Date;
  ip: string | null;
  /** Headers added to whatever this request answers, refusals included (e.g. Server-Timing). */
  headers: Headers;
  /** Record that a stage ended now; with `timing`, the answer's Server-Timing lists the stages (ms). */
  mark(stage: string): void;
  /** What a domain service needs: the user, the database, the clock and the audit writer. */
  service(): ActionContext;
}

/** A refusal's JSON: an ActionResult failure plus the message in Chinese (API clients show it as it is). */
export interface RouteRefusal {
  ok: false;
  error: string;
  message: string;
  params?: Record<string, string | number>;
  fieldErrors?: FieldErrors;
}

/** Answers are per user: no shared or stored copies. */
export const NO_STORE = { 'Cache-Control': 'private, no-store' } as const;

/** Refusal codes with their own status; any other DomainError is a conflict with the current state (409). */
const STATUS: Record<string, number> = {
  unauthenticated: 401,
  forbidden: 403,
  [PASSWORD_CHANGE_REQUIRED]: 403,
  [TWO_FACTOR_REQUIRED]: 403,
  notArenaJudge: 403,
  notFound: 404,
  invalidInput: 400,
};

const zh = createTranslator({ locale: 'zh-CN', messages: messages['zh-CN'], namespace: 'actionErrors', onError: () => {} });

/** The Chinese text of a refusal code (keys under `actionErrors`); unknown codes fall back to the general one. */
export function refusalMessage(code: string, params?: Record<string, string | number>): string {
  const key = code as Parameters<typeof zh>[0];
  return zh.has(key) ? zh(key, params) : zh('serverError');
}

export function refusal(code: string, opts: { status?: number; params?: Record<string, string | number>; fieldErrors?: FieldErrors; headers?: Headers } = {}) {
  const body: RouteRefusal = { ok: false, error: code, message: refusalMessage(code, opts.params) };
  if (opts.params) body.params = opts.params;
  if (opts.fieldErrors) body.fieldErrors = opts.fieldErrors;
  const headers = new Headers(NO_STORE);
  opts.headers?.forEach((v, k) => headers.set(k, v));
  return Response.json(body, { status: opts.status ?? STATUS[code] ?? 409, headers });
}

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * Define a route handler. Order: `before` (e.g. a same-origin check), the session and permission, then
 * params, query and JSON body through their schemas, then the handler. A DomainError from the handler
 * becomes its refusal; `forbidden` says whether a user without the permission sees 403 or, as if the thing
 * did not exist, 404.
 */
export function defineRoute<
  A extends RouteAuth,
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(opts: {
  auth: A;
  params?: P;
  query?: Q;
  body?: B;
  forbidden?: 403 | 404;
  timing?: boolean;
  before?: (req: Request) => Response | null;
  /**
   * answer a user whose password must be changed, or a privileged user who must first enrol a second factor
   * (sign-out); other routes refuse them 403 passwordChangeRequired / twoFactorRequired, as pages and actions do
   */
  duringPasswordChange?: boolean;
  handler: (input: { params: Out<P>; query: Out<Q>; body: Out<B> }, ctx: RouteContext<UserOf<A>, DbOf<A>>) => Promise<Response>;
}): (req: Request, segment: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> {
  const wanted: readonly Permission[] | null =
    opts.auth === 'public' || opts.auth === 'optional' || opts.auth === 'user'
      ? null
      : typeof opts.auth === 'string'
        ? [opts.auth as Permission]
        : (opts.auth as readonly Permission[]);
  return async (req, segment) => {
    const marks: [string, number][] = [['', performance.now()]];
    const headers = new Headers();
    const finish = (res: Response) => {
      if (opts.timing && marks.length > 1) {
        const parts: string[] = [];
        for (let i = 1; i < marks.length; i++) parts.push(`${marks[i]![0]};dur=${(marks[i]![1] - marks[i - 1]![1]).toFixed(1)}`);
        headers.set('Server-Timing', parts.join(', '));
      }
      headers.forEach((v, k) => res.headers.set(k, v));
      return res;
    };
    const refuse = (code: string, extra: { status?: number; params?: Record<string, string | number>; fieldErrors?: FieldErrors } = {}) =>
      finish(refusal(code, extra));
    try {
      const early = opts.before?.(req);
      if (early) return finish(early);
      let user: SessionUser | null = null;
      if (opts.auth !== 'public') {
        user = await sessionUserOf(req.headers);
        if (user?.mustChangePassword && !opts.duringPasswordChange) return refuse(PASSWORD_CHANGE_REQUIRED);
        if (user && !opts.duringPasswordChange && mustEnrolTwoFactor(user, await getSetting('twoFactor.requiredForPrivileged')))
          return refuse(TWO_FACTOR_REQUIRED);
        if (!user && opts.auth !== 'optional') return refuse('unauthenticated');
        if (user && wanted && !wanted.some((p) => can(user!, p))) return refuse(opts.forbidden === 404 ? 'notFound' : 'forbidden');
      }
      marks.push(['auth', performance.now()]);

      const input = { params: undefined, query: undefined, body: undefined } as { params: Out<P>; query: Out<Q>; body: Out<B> };
      if (opts.params) {
        const parsed = opts.params.safeParse(await segment.params);
        // a path that cannot name anything names nothing
        if (!parsed.success) return refuse('notFound');
        input.params = parsed.data as Out<P>;
      }
      if (opts.query) {
        const parsed = opts.query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
        if (!parsed.success) return refuse('invalidInput', { fieldErrors: fieldErrorsOf(parsed.error) });
        input.query = parsed.data as Out<Q>;
      }
      if (opts.body) {
        let raw: unknown;
        try {
          raw = await req.json();
        } catch {
          return refuse('invalidInput');
        }
        const parsed = opts.body.safeParse(raw);
        if (!parsed.success) return refuse('invalidInput', { fieldErrors: fieldErrorsOf(parsed.error) });
        input.body = parsed.data as Out<B>;
      }

      const db = opts.auth === 'public' ? null : await getDb();
      const now = new Date();
      const ip = await clientIp(req.headers);
      const ctx: RouteContext<SessionUser | null, Db | null> = {
        req,
        user,
        db,
        now,
        ip,
        headers,
        mark: (stage) => void marks.push([stage, performance.now()]),
        service: () => {
          if (!user || !db) throw new DomainError('unauthenticated');
          return serviceContext(db, user, now, ip);
        },
      };
      return finish(await opts.handler(input, ctx as RouteContext<UserOf<A>, DbOf<A>>));
    } catch (err) {
      if (err instanceof DomainError) return refuse(err.code, { params: err.params, fieldErrors: err.fieldErrors });
      console.error('route failed', req.method, new URL(req.url).pathname, err);
      return refuse('serverError', { status: 500 });
    }
  };
}
