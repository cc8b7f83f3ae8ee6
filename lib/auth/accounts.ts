// Creating sign-in accounts outside better-auth's HTTP flow (seed, admin:create, user admin):
// the same user + credential-account rows better-auth writes, the password hashed by better-auth.
import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { Role } from '../domain/enums';

export interface NewAccount {
  username: string;
  name: string;
  title?: string | null;
  role: Role;
  unitId?: string | null;
}

export { hashPassword };

/** Rows for `user` and `account`; pass a precomputed hash to reuse one (e.g. the shared demo password). */
export function accountRows(input: NewAccount, passwordHash: string, now: Date = new Date()) {
  const id = randomUUID();
  const username = input.username.trim().toLowerCase();
  return {
    user: {
      id,
      name: input.name,
      // better-auth requires a unique email; accounts here sign in by username only.
      email: `${username}@users.leitai.local`,
      emailVerified: true,
      username,
      displayUsername: input.username.trim(),
      role: input.role,
      unitId: input.unitId ?? null,
      title: input.title ?? null,
      createdAt: now,
      updatedAt: now,
    },
    account: { id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: passwordHash, createdAt: now, updatedAt: now },
  };
}
