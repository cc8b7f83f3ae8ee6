'use server';
// Sign-in form action: validate, sign in, go where the user was headed.
import { redirect } from 'next/navigation';
import { signInWithPassword } from '@/lib/auth/sign-in.server';
import { safeNextPath, signInSchema } from '@/lib/domain/schemas';
import { TWO_FACTOR_SETUP_PATH, TWO_FACTOR_SIGN_IN_PATH } from '@/lib/auth/two-factor-rules';
import { mustEnrolAfterSignIn } from '@/lib/auth/two-factor.server';

const twoFactorStepPath = (next: string | undefined) => `${TWO_FACTOR_SIGN_IN_PATH}?next=${encodeURIComponent(safeNextPath.parse(next ?? '/'))}`;

export interface SignInState {
  error: 'required' | 'invalid' | 'locked' | null;
  username: string;
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const username = String(formData.get('username') ?? '');
  const parsed = signInSchema.safeParse({
    username,
    password: formData.get('password') ?? '',
    next: formData.get('next') ?? undefined,
  });
  if (!parsed.success) return { error: 'required', username };
  const result = await signInWithPassword(parsed.data.username, parsed.data.password);
  if (!result.ok) return { error: result.reason, username };
  if (result.twoFactor) redirect(twoFactorStepPath(parsed.data.next));
  if (await mustEnrolAfterSignIn(parsed.data.username)) redirect(TWO_FACTOR_SETUP_PATH);
  redirect(safeNextPath.parse(parsed.data.next ?? '/'));
}
