// Zod validation for the setup services: issues become message keys (validation.*) and refusals carry field errors.
import type { z } from 'zod';
import { DomainError, type FieldErrors } from '../actions/result';

/** Key under `validation` for an issue zod raised without an explicit message key. */
export function issueKey(issue: z.core.$ZodRawIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined || input === null || input === '' ? 'required' : 'invalid';
    case 'too_small':
      return issue.origin === 'string' ? 'required' : 'tooSmall';
    case 'too_big':
      return issue.origin === 'string' ? 'tooLong' : 'tooLarge';
    default:
      return 'invalid';
  }
}

export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Parse or refuse with `invalidInput` and per-field message keys. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input, { error: issueKey });
  if (!r.success) throw new DomainError('invalidInput', undefined, fieldErrorsFrom(r.error));
  return r.data;
}

/** Refuse one field with a message key, the way a schema would. */
export function fieldError(field: string, key: string, code = 'invalidInput'): DomainError {
  return new DomainError(code, undefined, { [field]: [key] });
}
