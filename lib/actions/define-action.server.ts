// The one entry for server actions: authorise, validate with zod, run with the request's actor and IP,
// and turn refusals into results the form can show. Handlers write their audit rows with ctx.audit.
import 'server-only';
import { z } from 'zod';
import { writeAudit, type AuditActor, type AuditEntry } from '../audit.server';
import { authorize, HttpError, type SessionUser } from '../auth/guard.server';
import { TWO_FACTOR_REQUIRED } from '../auth/two-factor-rules';
import { PASSWORD_CHANGE_REQUIRED } from '../auth/password-paths';
import { can, type Permission } from '../auth/permissions';
import type { Db, Tx } from '../db/client';
import { getDb } from '../db.server';
import { requestIp } from '../request.server';
import { DomainError, type ActionResult, type FieldErrors } from './result';

/**
 * What a domain service gets: who acts, the database, the clock. Server actions build it from the
 * request; integration tests build it directly (serviceContext), so services hold their own checks.
 */
export interface ActionContext {
  user: SessionUser;
  db: Db;
  actor: AuditActor;
  now: Date;
  /** Write one audit row inside the caller's transaction. */
  audit(tx: Tx, entry: AuditEntry): Promise<void>;
}

export function serviceContext(db: Db, user: SessionUser, now: Date = new Date(), ip: string | null = null): ActionContext {
  const actor: AuditActor = { id: user.id, name: user.name, ip };
  return { user, db, actor, now, audit: (tx, entry) => writeAudit(tx, actor, entry) };
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * Define a server action. `permission` (any of a list) is checked before the input is even parsed;
 * finer checks (own unit, state) belong in the handler, inside the query where possible.
 */
export function defineAction<S extends z.ZodType, R>(opts: {
  /** 'user': any signed-in user acting on their own account (e.g. changing their password) */
  permission: Permission | readonly Permission[] | 'user';
  schema: S;
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<R>;
  /** the one action a user whose password must be changed may run (every other refuses passwordChangeRequired) */
  duringPasswordChange?: boolean;
}): (input: z.input<S>) => Promise<ActionResult<R>> {
  const wanted: readonly Permission[] | null = opts.permission === 'user' ? null : typeof opts.permission === 'string' ? [opts.permission] : opts.permission;
  return async (raw) => {
    let user: SessionUser;
    try {
      user = await authorize(undefined, { duringPasswordChange: opts.duringPasswordChange });
      if (wanted && !wanted.some((p) => can(user, p))) return { ok: false, error: 'forbidden' };
    } catch (err) {
      if (err instanceof HttpError)
        return {
          ok: false,
          error:
            err.status === 401
              ? 'unauthenticated'
              : err.message === PASSWORD_CHANGE_REQUIRED || err.message === TWO_FACTOR_REQUIRED
                ? err.message
                : 'forbidden',
        };
      throw err;
    }
    const parsed = opts.schema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'invalidInput', fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      const ctx = serviceContext(await getDb(), user, new Date(), await requestIp());
      const data = await opts.handler(parsed.data, ctx);
      return { ok: true, data };
    } catch (err) {
      if (err instanceof DomainError) return { ok: false, error: err.code, params: err.params, fieldErrors: err.fieldErrors, details: err.details };
      console.error('action failed', err);
      return { ok: false, error: 'serverError' };
    }
  };
}
