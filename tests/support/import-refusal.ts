// The hostile-file check every import kind's integration test makes: the preview refuses the file with one
// ImportFileError (its code, a Chinese message), the commit refuses it too, and nothing in the database changed.
import { expect } from 'vitest';
import { fileErrorMessage } from '@/lib/import/messages.server';
import { ImportFileError } from '@/lib/import/rules';
import { sha256 } from '@/lib/import/xlsx.server';

export async function expectFileRefused(opts: {
  body: Buffer;
  code: string;
  preview: (body: Buffer) => Promise<unknown>;
  /** the commit, given the file's SHA-256 (what the browser would send after a preview) */
  commit: (body: Buffer, hash: string) => Promise<unknown>;
  /** what must not change (row counts) */
  counts: () => Promise<unknown>;
}): Promise<void> {
  const before = await opts.counts();
  const err = await opts.preview(opts.body).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportFileError);
  expect((err as ImportFileError).code).toBe(opts.code);
  expect(fileErrorMessage(err as ImportFileError)).toMatch(/[\u4e00-\u9fff]{4}/);
  await expect(opts.commit(opts.body, sha256(opts.body))).rejects.toThrow();
  expect(await opts.counts()).toEqual(before);
}
