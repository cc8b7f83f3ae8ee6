// Reading a multipart upload with the size limit enforced while the body streams in (a missing or lying
// Content-Length does not get a larger body into memory).
import 'server-only';
import { IMPORT_LIMITS } from './rules';

export class UploadError extends Error {
  constructor(
    readonly code: 'tooLarge' | 'noFile',
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

/** Room for the multipart envelope and the small text fields beside the file. */
const ENVELOPE = 64 * 1024;
/** Characters kept of a text field (a column mapping as JSON is the longest: ~1 KB). */
const MAX_FIELD = 4000;

export async function readUpload(
  req: Request,
  max: number = IMPORT_LIMITS.maxFileBytes,
): Promise<{ fileName: string; body: Buffer; fields: Map<string, string> }> {
  const tooLarge = () => new UploadError('tooLarge', { mb: max / 1024 / 1024 });
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > max + ENVELOPE) throw tooLarge();
  if (!req.body) throw new UploadError('noFile');
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max + ENVELOPE) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  let form: FormData;
  try {
    form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': req.headers.get('content-type') ?? '' } }).formData();
  } catch {
    throw new UploadError('noFile');
  }
  const file = form.get('file');
  if (!file || typeof file === 'string') throw new UploadError('noFile');
  if (file.size > max) throw tooLarge();
  const fields = new Map<string, string>();
  for (const [k, v] of form.entries()) if (typeof v === 'string') fields.set(k, v.slice(0, MAX_FIELD));
  return { fileName: (file.name || 'upload.xlsx').slice(0, 200), body: Buffer.from(await file.arrayBuffer()), fields };
}
