// The password policy (DESIGN §9) as a pure rule: every reason a password is refused, each a message key under
// `passwordPolicy.problems`. No I/O; the common-password list is @zxcvbn-ts's, loaded once on first use.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
/** of upper-case, lower-case, digits and symbols */
export const PASSWORD_KINDS_REQUIRED = 3;
/** a new password may equal neither the current one nor one of this many before it */
export const PASSWORD_HISTORY = 5;
/** zxcvbn's score (0–4): below this a password falls to an online guessing attack (score 2 ≈ 10⁶ guesses or more) */
const MIN_ZXCVBN_SCORE = 2;
/** a username this short ("li") would forbid too much; usernames have at least 3 characters anyway */
const MIN_USERNAME_TO_CHECK = 3;

export const PASSWORD_KINDS = ['upper', 'lower', 'digit', 'symbol'] as const;
export type PasswordKind = (typeof PASSWORD_KINDS)[number];

export const PASSWORD_PROBLEMS = ['tooShort', 'tooLong', 'blank', 'edgeSpace', 'tooFewKinds', 'containsUsername', 'common', 'guessable', 'reused'] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

export interface PasswordVerdict {
  ok: boolean;
  /** every reason it is refused, in the order above (`reused` is the history check's, see password.server.ts) */
  problems: PasswordProblem[];
  /** the kinds of character it has (the message for tooFewKinds names them) */
  kinds: PasswordKind[];
}

/** The kind of one character; whitespace counts as none. Letters without case (汉字) count as symbols. */
function kindOf(ch: string): PasswordKind | null {
  if (/\s/u.test(ch)) return null;
  if (/\p{Lu}/u.test(ch)) return 'upper';
  if (/\p{Ll}/u.test(ch)) return 'lower';
  if (/\p{Nd}/u.test(ch)) return 'digit';
  return 'symbol';
}

export function passwordKinds(password: string): PasswordKind[] {
  const seen = new Set<PasswordKind>();
  for (const ch of password) {
    const k = kindOf(ch);
    if (k) seen.add(k);
  }
  return PASSWORD_KINDS.filter((k) => seen.has(k));
}

let estimator: ZxcvbnFactory | null = null;
/** Built on first use (≈0.1 s: the 49,000-entry common-password list and keyboard graphs), then reused. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  return estimator;
}

/**
 * `common`: the whole password is on the common-password list (also written in l33t, reversed or with other
 * capitals, e.g. P@ssw0rd); `guessable`: otherwise built from such words, repeats (aaaaaaaa), sequences (12345678)
 * or keyboard runs so that it would be guessed within about a million tries.
 */
function guessability(password: string): 'common' | 'guessable' | null {
  const result = zxcvbn().check(password);
  const whole = result.sequence.length === 1 ? result.sequence[0] : undefined;
  if (whole && whole.pattern === 'dictionary' && whole.token.length === password.length) return 'common';
  return result.score < MIN_ZXCVBN_SCORE ? 'guessable' : null;
}

/** Check a new password against the policy; `username` is the account's (containment is case-insensitive). */
export function checkPassword(password: string, opts: { username?: string | null } = {}): PasswordVerdict {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  const kinds = passwordKinds(password);
  if (length < PASSWORD_MIN_LENGTH) problems.push('tooShort');
  if (length > PASSWORD_MAX_LENGTH) problems.push('tooLong');
  const blank = password.length > 0 && password.trim() === '';
  if (blank) problems.push('blank');
  else if (password !== password.trim()) problems.push('edgeSpace');
  if (kinds.length < PASSWORD_KINDS_REQUIRED) problems.push('tooFewKinds');
  const username = opts.username?.trim().toLowerCase() ?? '';
  if (username.length >= MIN_USERNAME_TO_CHECK && password.toLowerCase().includes(username)) problems.push('containsUsername');
  // the estimator is skipped for what is refused anyway by its length (and an absurdly long input costs time)
  if (!blank && length >= 1 && length <= PASSWORD_MAX_LENGTH) {
    const g = guessability(password);
    if (g) problems.push(g);
  }
  return { ok: problems.length === 0, problems, kinds };
}

/** Field errors for a form: fully named message keys (`passwordPolicy.problems.<problem>`). */
export function passwordProblemKeys(problems: readonly PasswordProblem[]): string[] {
  return problems.map((p) => `passwordPolicy.problems.${p}`);
}

/** The refusal's params: the kinds present (comma-separated), which the tooFewKinds message names. */
export function passwordProblemParams(verdict: Pick<PasswordVerdict, 'kinds'>): { passwordKinds: string } {
  return { passwordKinds: verdict.kinds.join(',') };
}

/** The texts of messages/<locale>/password.json `passwordPolicy` that the reasons need. */
export interface PasswordPolicyTexts {
  problems: Record<PasswordProblem, string>;
  kinds: Record<PasswordKind | 'none', string>;
}

/** The kinds present, named for the tooFewKinds message (e.g. "数字、小写字母"). */
export function namedKinds(kinds: readonly string[], texts: Pick<PasswordPolicyTexts, 'kinds'>, separator = '、'): string {
  const named = kinds.filter((k): k is PasswordKind => (PASSWORD_KINDS as readonly string[]).includes(k)).map((k) => texts.kinds[k]);
  return named.length > 0 ? named.join(separator) : texts.kinds.none;
}

/** The reasons as sentences, outside React (admin:create, tests); the forms use next-intl with the same keys. */
export function describePasswordProblems(verdict: Pick<PasswordVerdict, 'problems' | 'kinds'>, texts: PasswordPolicyTexts): string[] {
  const have = namedKinds(verdict.kinds, texts);
  return verdict.problems.map((p) => texts.problems[p].replace('{have}', have));
}
