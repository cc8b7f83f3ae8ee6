// A fresh sign-in CAPTCHA: { id, svg } (the answer stays in the database, hashed). Open without a session. Limited per
// client address (CAPTCHA_PER_WINDOW a minute, 429 beyond), counted with the sign-in guard's atomic reservation so that
// parallel requests, on every instance, cannot pass the limit.
import { defineRoute, NO_STORE, refusal } from '@/lib/actions/define-route.server';
import { issueCaptcha } from '@/lib/auth/captcha.server';
import { reserveAttempt } from '@/lib/auth/sign-in-guard.server';
import { CAPTCHA_PER_WINDOW, CAPTCHA_WINDOW_MINUTES, captchaKey } from '@/lib/auth/sign-in-rules';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  auth: 'optional',
  handler: async (_input, { db, now, ip }) => {
    // without a known address (no trusted proxy header, no socket address) all such requests share one counter
    const counted = await reserveAttempt(db, captchaKey(ip ?? 'unknown'), CAPTCHA_PER_WINDOW, CAPTCHA_WINDOW_MINUTES, now);
    if (counted === null) return refusal('captchaRateLimited', { status: 429, headers: new Headers({ 'Retry-After': String(CAPTCHA_WINDOW_MINUTES * 60) }) });
    const { id, svg, expiresAt } = await issueCaptcha(db, now);
    return Response.json({ id, svg, expiresAt: expiresAt.toISOString() }, { headers: NO_STORE });
  },
});
