// What every server action returns: data, or an error the UI can show in Chinese (keys under `actionErrors` / `validation`).
export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = null> =
  { ok: true; data: T } | { ok: false; error: string; params?: Record<string, string | number>; fieldErrors?: FieldErrors; details?: Detail[] };

/** One item of a refusal that lists several things (e.g. every missing piece of a submission). */
export interface Detail {
  code: string;
  params?: Record<string, string | number>;
}

/** A refusal the user should read: `code` is a key under `actionErrors` in messages/*.json. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly params?: Record<string, string | number>,
    readonly fieldErrors?: FieldErrors,
    readonly details?: Detail[],
  ) {
    super(code);
  }
}

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });
