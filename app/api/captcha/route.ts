// A fresh sign-in CAPTCHA: { id, svg } (the answer stays in the database, hashed). Open without a session.
import { defineRoute, NO_STORE } from '@/lib/actions/define-route.server';
import { issueCaptcha } from '@/lib/auth/captcha.server';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  auth: 'optional',
  handler: async (_input, { db, now }) => {
    const { id, svg, expiresAt } = await issueCaptcha(db, now);
    return Response.json({ id, svg, expiresAt: expiresAt.toISOString() }, { headers: NO_STORE });
  },
});
