// Expecting a service to refuse: the DomainError it threw, or its code ('ok' when it did not refuse).
import { expect } from 'vitest';
import { DomainError } from '@/lib/actions/result';

export async function refusal(p: Promise<unknown>): Promise<DomainError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  return err as DomainError;
}

export async function refusalCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
}
