'use server';
// Sign-in form action: validate, sign in (lib/auth/sign-in.server.ts), go where the user was headed.
import { redirect } from 'next/navigation';
import { signInWithPassword } from '@/lib/auth/sign-in.server';
import { safeNextPath, signInSchema } from '@/lib/domain/schemas';
import { TWO_FACTOR_SETUP_PATH, TWO_FACTOR_SIGN_IN_PATH } from '@/lib/auth/two-factor-rules';
import { mustEnrolAfterSignIn } from '@/lib/auth/two-factor.server';

const twoFactorStepPath = (next: string | undefined) => `${TWO_FACTOR_SIGN_IN_PATH}?next=${encodeURIComponent(safeNextPath.parse(next ?? '/'))}`;

export interface SignInState {
  error: 'required' | 'invalid' | 'locked' | 'throttled' | 'captcha' | 'captchaRequired' | null;
  username: string;
  /** the next attempt must carry a CAPTCHA answer */
  captcha: boolean;
  /** for locked / throttled: when it opens again (ISO) and in how many minutes */
  until?: string;
  minutes?: number;
  /** counts answers, so the form draws a fresh CAPTCHA after each one (a challenge is single use) */
  attempt: number;
}

export async function signInAction(prev: SignInState, formData: FormData): Promise<SignInState> {
  const username = String(formData.get('username') ?? '').slice(0, 64);
  const attempt = (prev.attempt ?? 0) + 1;
  const parsed = signInSchema.safeParse({
    username,
    password: formData.get('password') ?? '',
    next: formData.get('next') ?? undefined,
  });
  if (!parsed.success) return { error: 'required', username, captcha: prev.captcha, attempt };
  const captchaId = formData.get('captchaId');
  const captchaAnswer = formData.get('captcha');
  const captcha = typeof captchaId === 'string' && typeof captchaAnswer === 'string' ? { id: captchaId, answer: captchaAnswer } : null;
  const result = await signInWithPassword({ username: parsed.data.username, password: parsed.data.password, captcha });
  if (!result.ok) {
    const error = result.reason === 'captcha' && !captcha?.answer.trim() ? 'captchaRequired' : result.reason;
    const state: SignInState = { error, username, captcha: result.captcha, attempt };
    if (result.reason === 'locked' || result.reason === 'throttled') {
      state.until = result.until.toISOString();
      state.minutes = result.minutes;
    }
    return state;
  }
  if (result.twoFactor) redirect(twoFactorStepPath(parsed.data.next));
  if (await mustEnrolAfterSignIn(parsed.data.username)) redirect(TWO_FACTOR_SETUP_PATH);
  redirect(safeNextPath.parse(parsed.data.next ?? '/'));
}
