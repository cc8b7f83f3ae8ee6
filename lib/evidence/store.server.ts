// The evidence store: a request body read as a stream into 1 MiB chunks (hashed as it arrives, refused as soon as it
// passes 20 MB), typed by its content, and kept once per SHA-256 in the database; downloads stream it chunk by chunk.
import 'server-only';
import { createHash } from 'node:crypto';
import { fileTypeFromStream } from 'file-type';
import { DomainError } from '../actions/result';
import type { Db, Tx } from '../db/client';
import { appProvider } from '../db/url';
import { isUniqueViolation } from '../db/errors';
import { EVIDENCE_CHUNK_BYTES, EVIDENCE_MAX_BYTES, acceptedType, sizeRefusal, type EvidenceExt } from './rules';

export interface ReceivedFile {
  sha256: string;
  size: number;
  ext: EvidenceExt;
  mime: string;
  /** the bytes, in EVIDENCE_CHUNK_BYTES pieces (the last one shorter): the only copy held */
  chunks: Uint8Array<ArrayBuffer>[];
}

/** A stream over the chunks already held (no copy), for the type detector. */
function streamOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      const next = chunks[i++];
      if (next) c.enqueue(next);
      else c.close();
    },
  });
}

/**
 * Read a body: every byte is copied once, into its chunk; the hash is taken on the way; more than 20 MB stops the
 * read (the rest is never taken); an empty body or a type other than the five accepted ones is refused.
 */
export async function receiveFile(body: ReadableStream<Uint8Array> | null, declaredLength: number | null): Promise<ReceivedFile> {
  if (declaredLength !== null && declaredLength > EVIDENCE_MAX_BYTES) throw new DomainError('evidenceTooLarge');
  if (!body) throw new DomainError('evidenceEmpty');
  const hash = createHash('sha256');
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let current = new Uint8Array(EVIDENCE_CHUNK_BYTES);
  let fill = 0;
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > EVIDENCE_MAX_BYTES) {
      await reader.cancel().catch(() => {});
      throw new DomainError('evidenceTooLarge');
    }
    hash.update(value);
    let at = 0;
    while (at < value.byteLength) {
      const n = Math.min(EVIDENCE_CHUNK_BYTES - fill, value.byteLength - at);
      current.set(value.subarray(at, at + n), fill);
      fill += n;
      at += n;
      if (fill === EVIDENCE_CHUNK_BYTES) {
        chunks.push(current);
        current = new Uint8Array(EVIDENCE_CHUNK_BYTES);
        fill = 0;
      }
    }
  }
  if (fill > 0) chunks.push(current.slice(0, fill));
  const refused = sizeRefusal(size);
  if (refused) throw new DomainError(refused);
  const type = acceptedType(await fileTypeFromStream(streamOf(chunks)));
  if (!type) throw new DomainError('evidenceType');
  return { sha256: hash.digest('hex'), size, ext: type.ext, mime: type.mime, chunks };
}

/** Keep the bytes unless a blob with this hash is already stored (then nothing is written: deduplicated). */
export async function storeBlob(db: Db, file: ReceivedFile): Promise<{ created: boolean }> {
  const existing = await db.evidenceBlob.findUnique({ where: { sha256: file.sha256 }, select: { sha256: true } });
  if (existing) return { created: false };
  try {
    await db.$transaction(
      async (tx) => {
        await tx.evidenceBlob.create({ data: { sha256: file.sha256, size: file.size, mime: file.mime } });
        for (const [seq, bytes] of file.chunks.entries()) await tx.evidenceChunk.create({ data: { sha256: file.sha256, seq, bytes } });
        // 20 chunk inserts take several seconds on PostgreSQL: more than Prisma's 5 s default for a transaction
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    return { created: true };
  } catch (err) {
    // the same bytes uploaded twice at once: the other upload stored them
    if (isUniqueViolation(err)) return { created: false };
    throw err;
  }
}

/**
 * Lock a blob row for the rest of the transaction and say whether it is still there. `share` (an upload about to
 * attach to it) lets other uploads share the lock; `update` (a delete about to sweep it) waits for them and excludes
 * them. On PostgreSQL (READ COMMITTED) a row deleted by the transaction we waited for is simply not returned: the
 * upload then stores the bytes again instead of pointing at a blob that is gone. SQLite runs one transaction at a
 * time, which serialises these already.
 */
export async function lockBlob(tx: Tx, sha256: string, mode: 'share' | 'update'): Promise<boolean> {
  if (appProvider() !== 'postgresql') return (await tx.evidenceBlob.count({ where: { sha256 } })) > 0;
  const rows =
    mode === 'share'
      ? await tx.$queryRaw<unknown[]>`SELECT 1 FROM "EvidenceBlob" WHERE "sha256" = ${sha256} FOR SHARE`
      : await tx.$queryRaw<unknown[]>`SELECT 1 FROM "EvidenceBlob" WHERE "sha256" = ${sha256} FOR UPDATE`;
  return rows.length > 0;
}

/**
 * Remove a blob and its chunks when no attachment holds it any more (call holding lockBlob(…, 'update') in the same
 * transaction: an upload of the same bytes then either committed before — and is counted — or waits and stores them
 * again). Returns whether it was removed.
 */
export async function sweepBlob(tx: Tx, sha256: string): Promise<boolean> {
  if ((await tx.evidenceFile.count({ where: { blobSha256: sha256 } })) > 0) return false;
  await tx.evidenceChunk.deleteMany({ where: { sha256 } });
  const { count } = await tx.evidenceBlob.deleteMany({ where: { sha256 } });
  return count > 0;
}

/** Which records' evidence files a cascade is about to take (the record is deleted, its files go with it). */
export type CascadeOf = { indicatorIds: readonly string[] } | { measureIds: readonly string[] };

/**
 * Delete records whose evidence files go with them by cascade (`remove` does the deleting), then sweep each blob no
 * other file holds any more — as deleting one attachment does (lockBlob 'update', then sweepBlob), so a record removed
 * by a setup import, a setup form or a draft save leaves no orphan bytes behind. Returns what `remove` returned.
 */
export async function deleteWithEvidence<T>(tx: Tx, of: CascadeOf, remove: () => Promise<T>): Promise<T> {
  const ids = 'indicatorIds' in of ? of.indicatorIds : of.measureIds;
  const shas = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = [...ids.slice(i, i + 500)];
    const files = await tx.evidenceFile.findMany({
      where: 'indicatorIds' in of ? { indicatorId: { in: part } } : { measureId: { in: part } },
      select: { blobSha256: true },
      distinct: ['blobSha256'],
    });
    for (const f of files) shas.add(f.blobSha256);
  }
  const result = await remove();
  for (const sha of [...shas].sort()) if (await lockBlob(tx, sha, 'update')) await sweepBlob(tx, sha);
  return result;
}

/** The blob's bytes as a stream that reads one chunk from the database per pull. */
export function blobStream(db: Db, blob: { sha256: string; size: number }): ReadableStream<Uint8Array> {
  const count = Math.ceil(blob.size / EVIDENCE_CHUNK_BYTES);
  let seq = 0;
  return new ReadableStream({
    async pull(c) {
      if (seq >= count) return c.close();
      const chunk = await db.evidenceChunk.findUnique({ where: { sha256_seq: { sha256: blob.sha256, seq } } });
      seq++;
      if (!chunk) return c.error(new Error(`evidence chunk ${blob.sha256}/${seq - 1} missing`));
      c.enqueue(chunk.bytes);
    },
  });
}
