// The password policy (DESIGN §9, issue #12 Found 3) as a table: each weak example refused with its reason(s),
// good ones accepted, the Chinese messages saying what is missing.
import { describe, expect, it } from 'vitest';
import { checkPassword, describePasswordProblems, passwordKinds, type PasswordProblem } from '@/lib/auth/password-rules';
import zh from '@/messages/zh-CN/password.json';

const texts = zh.passwordPolicy;
/** 128 characters of every kind, without a pattern zxcvbn could use */
const LONGEST = Array.from({ length: 128 }, (_, i) => 'Kq7#Vz2!Mw5%Rt8&Bn4*Hj6?Lx3@Pd9$'[(i * 13 + ((i * i) % 7)) % 32]).join('');

describe('password policy', () => {
  // [password, username, exactly these problems]
  const refused: [string, string | null, PasswordProblem[]][] = [
    // the examples
    ['12345678', null, ['tooFewKinds', 'common']],
    ['password', null, ['tooFewKinds', 'common']],
    ['aaaaaaaa', null, ['tooFewKinds', 'guessable']],
    ['        ', null, ['blank', 'tooFewKinds']],
    ['admin', 'admin', ['tooShort', 'tooFewKinds', 'containsUsername', 'common']],
    ['Admin@2026', 'admin', ['containsUsername']],
    ['xx-ADMIN-9876-Qq', 'admin', ['containsUsername']],
    // more of the same families
    ['Sh0rt!x', null, ['tooShort']],
    ['P@ssw0rd', null, ['common']],
    ['Password1', null, ['common']],
    ['Password1!', null, ['guessable']],
    ['Qwerty123!', null, ['guessable']],
    ['abcdefgh', null, ['tooFewKinds', 'guessable']],
    ['Aa1!Aa1!Aa1!', null, ['guessable']],
    ['leitai2026', null, ['tooFewKinds']],
    [' Leitai@2026', null, ['edgeSpace']],
    ['Leitai@2026 ', null, ['edgeSpace']],
    [LONGEST + 'x', null, ['tooLong']],
  ];
  it.each(refused)('refuses %j (username %j) for exactly %j', (password, username, problems) => {
    const v = checkPassword(password, { username });
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual(problems);
  });

  const accepted: [string, string | null][] = [
    ['Leitai@2026', null],
    ['Leitai@2026', 'admin'],
    ['Leitai@2026', 'jsj_head'],
    ['Initial#2026', 'newbie'],
    ['Xinmima#2026', null],
    ['kaohe 办 2026 春', null],
    ['Correct horse battery staple 9', null],
    [LONGEST, null],
  ];
  it.each(accepted)('accepts %j (username %j)', (password, username) => {
    expect(checkPassword(password, { username })).toMatchObject({ ok: true, problems: [] });
  });

  it('finds the username in any case, but not a username too short to mean anything', () => {
    for (const pw of ['JsJ_HeAd#2026x', 'Zz9!jsj_HEAD', 'jsj_head@Leitai2026']) {
      expect(checkPassword(pw, { username: 'JSJ_head' }).problems).toContain('containsUsername');
    }
    expect(checkPassword('Leitai@2026', { username: 'Le' }).problems).not.toContain('containsUsername');
    expect(checkPassword('Leitai@2026', { username: 'LEITAI' }).problems).toContain('containsUsername');
  });

  it('counts the kinds of character: 汉字 and other symbols count as symbols, spaces as nothing', () => {
    expect(passwordKinds('12345678')).toEqual(['digit']);
    expect(passwordKinds('ab CD')).toEqual(['upper', 'lower']);
    expect(passwordKinds('考核2026')).toEqual(['digit', 'symbol']);
    expect(passwordKinds('        ')).toEqual([]);
  });

  it('says in Chinese what is missing', () => {
    expect(describePasswordProblems(checkPassword('12345678'), texts)).toEqual([
      '至少包含大写字母、小写字母、数字、符号中的三类，当前只有：数字。',
      '这是常见密码，很容易被猜中，请换一个。',
    ]);
    expect(describePasswordProblems(checkPassword('abcdEFGH'), texts)[0]).toBe(
      '至少包含大写字母、小写字母、数字、符号中的三类，当前只有：大写字母、小写字母。',
    );
    expect(describePasswordProblems(checkPassword('        '), texts)).toEqual([
      '密码不能全是空格。',
      '至少包含大写字母、小写字母、数字、符号中的三类，当前只有：无。',
    ]);
    expect(describePasswordProblems(checkPassword('Admin@2026', { username: 'admin' }), texts)).toEqual(['密码不能包含用户名（不区分大小写）。']);
  });
});
