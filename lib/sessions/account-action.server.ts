// Server actions on one's own account (sessions, second factor): any signed-in user, whatever their role, so no
// permission to check — otherwise the same contract as defineAction (zod, Chinese error keys, ctx with audit).
// The second-factor enrolment actions are also open to a privileged user who must still enrol (the guard's
// authorize() refuses them everything else).
import 'server-only';
import type { z } from 'zod';
import { fieldErrorsOf, serviceContext, type ActionContext } from '../actions/define-action.server';
import { DomainError, type ActionResult } from '../actions/result';
import { authorize, getSessionUser, HttpError, type SessionUser } from '../auth/guard.server';
import { getDb } from '../db.server';
import { requestIp } from '../request.server';

export function defineAccountAction<S extends z.ZodType, R>(opts: {
  schema: S;
  /** true for the enrolment steps a user who must enrol a second factor may still take */
  duringTwoFactorEnrolment?: boolean;
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<R>;
}): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (raw) => {
    let user: SessionUser | null;
    try {
      user = opts.duringTwoFactorEnrolment ? await getSessionUser() : await authorize();
    } catch (err) {
      if (err instanceof HttpError) return { ok: false, error: err.status === 401 ? 'unauthenticated' : 'forbidden' };
      throw err;
    }
    if (!user) return { ok: false, error: 'unauthenticated' };
    const parsed = opts.schema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'invalidInput', fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      const data = await opts.handler(parsed.data, serviceContext(await getDb(), user, new Date(), await requestIp()));
      return { ok: true, data };
    } catch (err) {
      if (err instanceof DomainError) return { ok: false, error: err.code, params: err.params, fieldErrors: err.fieldErrors };
      console.error('account action failed', err);
      return { ok: false, error: 'serverError' };
    }
  };
}
