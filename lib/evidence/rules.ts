// Pure rules for evidence files (佐证材料, issue #13 item 4): which contents are accepted, the stored name, how a file
// is served, when it may be attached or deleted, and which required evidence is missing at submit. No I/O.
import { isEditableState, periodAcceptsSubmissions } from '../domain/submission-content';

/** Largest accepted file: 20 MB. */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
/** Bytes per stored chunk: a download holds one chunk at a time, never the whole file. */
export const EVIDENCE_CHUNK_BYTES = 1024 * 1024;
/** Longest stored file name (characters, extension included). */
export const EVIDENCE_NAME_MAX = 120;

/** The accepted types, keyed by the extension file-type reports for them (detected from the content, never the name). */
export const EVIDENCE_TYPES = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type EvidenceExt = keyof typeof EVIDENCE_TYPES;

/** What the form's file picker offers (a hint only: the server decides by content). */
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';

export type EvidenceRefusal = 'evidenceEmpty' | 'evidenceTooLarge' | 'evidenceType';

/**
 * The accepted type of a content, from what file-type detected (undefined: nothing known). A plain zip, an exe, a
 * legacy .doc/.xls, a GIF — anything but the five types — is refused whatever its name says.
 */
export function acceptedType(detected: { ext: string; mime: string } | undefined): { ext: EvidenceExt; mime: string } | null {
  if (!detected || !Object.hasOwn(EVIDENCE_TYPES, detected.ext)) return null;
  const ext = detected.ext as EvidenceExt;
  return { ext, mime: EVIDENCE_TYPES[ext] };
}

/** The refusal for a body of `size` bytes before its type is looked at, or null. */
export function sizeRefusal(size: number): EvidenceRefusal | null {
  if (size <= 0) return 'evidenceEmpty';
  if (size > EVIDENCE_MAX_BYTES) return 'evidenceTooLarge';
  return null;
}

// control characters, path separators and the characters Windows refuses in names; bidi overrides hide an extension
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name a file is stored and served under: the last path segment of what the browser sent, without control,
 * separator or bidi characters, trimmed, at most EVIDENCE_NAME_MAX characters, and ending in the extension of the
 * type detected (a PNG sent as 报告.pdf is stored as 报告.png; jpeg and jpg are the same type).
 */
export function sanitizeFileName(raw: string, ext: EvidenceExt): string {
  const last = raw.split(/[/\\]/).pop() ?? '';
  let name = last.normalize('NFC').replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
  const dot = name.lastIndexOf('.');
  if (dot > 0) {
    const given = name.slice(dot + 1).toLowerCase();
    if (given === ext || (ext === 'jpg' && given === 'jpeg')) name = name.slice(0, dot);
    else if (Object.hasOwn(EVIDENCE_TYPES, given) || given === 'jpeg') name = name.slice(0, dot);
  }
  name = name.replace(/^[.\s]+|[.\s]+$/g, '');
  const suffix = `.${ext}`;
  const chars = [...name];
  if (chars.length > EVIDENCE_NAME_MAX - suffix.length)
    name = chars
      .slice(0, EVIDENCE_NAME_MAX - suffix.length)
      .join('')
      .trim();
  return `${name || '佐证材料'}${suffix}`;
}

/** Images and PDFs open in the browser; Word and Excel files are downloaded. */
export function servedInline(mime: string): boolean {
  return mime === 'application/pdf' || mime === 'image/png' || mime === 'image/jpeg';
}

/**
 * Content-Disposition with an ASCII fallback and the real name per RFC 5987 / 6266 (`filename*=UTF-8''…`), so a
 * Chinese name survives and no quote or line break in it can break the header.
 */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).replace(/[^A-Za-z0-9.]/g, '') : '';
  const base = (dot > 0 ? name.slice(0, dot) : name).replace(/[^\x20-\x7e]/g, '_').replace(/["\\;%]/g, '_');
  const fallback = `${/[A-Za-z0-9]/.test(base) ? base : 'evidence'}${ext}`;
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * The policy of a served file: it loads and runs nothing (a PDF's or SVG-like script, a form), may show itself and its
 * own images, and cannot be framed by another site. Chrome's PDF viewer needs `object-src 'self'` on the document.
 */
export const EVIDENCE_CSP =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

/**
 * May files be attached to or deleted from a submission's records? Only while the period collects and the submission is
 * a draft or returned (or not yet saved) — the same rule as editing it (decision 008); a submitted or approved
 * submission keeps the files it was sent with.
 */
export function submissionAcceptsEvidence(periodState: string, submissionState: string | null | undefined): boolean {
  return periodAcceptsSubmissions(periodState) && isEditableState(submissionState);
}

/**
 * A request for one evidence file (`/api/evidence/<id>`): server.ts answers it under EVIDENCE_CSP instead of the
 * pages' nonce policy (Next keeps a header the server already set, so the route cannot replace it itself).
 */
export function isEvidenceFileRequest(url: string | undefined): boolean {
  return /^\/api\/evidence\/[^/?#]+(?:[?#]|$)/.test(url ?? '');
}

/** May a ledger problem's files change? While the problem is not 已销号 (closed). */
export function problemAcceptsEvidence(status: string): boolean {
  return status !== 'closed';
}

/** Exactly one record a file proves. */
export type EvidenceTarget = { kind: 'indicator'; id: string } | { kind: 'measure'; id: string } | { kind: 'problem'; id: string };

/** The target named by a request's fields, or null unless exactly one is given. */
export function targetOf(q: { indicatorId?: string | undefined; measureId?: string | undefined; problemId?: string | undefined }): EvidenceTarget | null {
  const given = (['indicator', 'measure', 'problem'] as const).flatMap((kind) => {
    const id = q[`${kind}Id`];
    return id ? [{ kind, id }] : [];
  });
  return given.length === 1 ? given[0]! : null;
}

/**
 * Indicators that require evidence but have no (undeleted) file — what stops a submission, one item per indicator,
 * in the indicators' order.
 */
export function missingEvidence(
  indicators: readonly { id: string; name: string; evidenceRequired: boolean }[],
  withFiles: ReadonlySet<string>,
): { code: 'evidence'; params: { name: string } }[] {
  return indicators.filter((i) => i.evidenceRequired && !withFiles.has(i.id)).map((i) => ({ code: 'evidence' as const, params: { name: i.name } }));
}

/** "1.2 MB" style size for lists (Chinese and English alike). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
