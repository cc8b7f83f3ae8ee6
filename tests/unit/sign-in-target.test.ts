// The sign-in target: where a signed-out visitor was headed survives the trip to /login, and only same-site paths do.
import { describe, expect, it } from 'vitest';
import { signInPath } from '@/lib/auth/rules';
import { safeNextPath } from '@/lib/domain/schemas';

describe('safeNextPath', () => {
  it('keeps a same-site path with its query', () => {
    expect(safeNextPath.parse('/leaderboard/p1/units/u1')).toBe('/leaderboard/p1/units/u1');
    expect(safeNextPath.parse('/leaderboard?group=g1&kind=final')).toBe('/leaderboard?group=g1&kind=final');
    expect(safeNextPath.parse('/units/%E5%BB%BA')).toBe('/units/%E5%BB%BA');
  });

  it.each([
    ['protocol-relative', '//evil.example'],
    ['backslash host', '/\\evil.example'],
    ['backslash later', '/a\\b'],
    ['absolute URL', 'https://evil.example/x'],
    ['javascript URL', 'javascript:alert(1)'],
    ['relative path', 'units/u1'],
    ['empty', ''],
    ['tab before a second slash', '/\t/evil.example'],
    ['newline', '/a\nb'],
    ['control character', '/\u0001/evil.example'],
    ['DEL', '/\u007f/evil.example'],
    ['not a string', ['/a', '/b']],
    ['missing', undefined],
  ])('replaces %s with /', (_label, value) => {
    expect(safeNextPath.parse(value)).toBe('/');
  });
});

describe('signInPath', () => {
  it('carries the target in next, encoded', () => {
    expect(signInPath('/leaderboard/p1/units/u1')).toBe('/login?next=%2Fleaderboard%2Fp1%2Funits%2Fu1');
    expect(signInPath('/leaderboard?group=g1&kind=final')).toBe('/login?next=%2Fleaderboard%3Fgroup%3Dg1%26kind%3Dfinal');
  });

  it('sends home and unsafe targets to a bare /login', () => {
    expect(signInPath('/')).toBe('/login');
    expect(signInPath(null)).toBe('/login');
    expect(signInPath('//evil.example')).toBe('/login');
    expect(signInPath('https://evil.example')).toBe('/login');
  });

  it('never sends the sign-in page to itself', () => {
    expect(signInPath('/login')).toBe('/login');
    expect(signInPath('/login?next=%2Fx')).toBe('/login');
  });
});
