// One route handler shape for every Excel import (issue #13):
//   GET  …/template — the template (.xlsx), pre-filled for the scope;
//   POST …/preview  — multipart `file` (+ the kind's own fields): the preview as JSON (writes nothing);
//   POST …/errors   — multipart `file`: the upload with its bad cells marked (.xlsx);
//   POST …/commit   — multipart `file`, `hash`, `dataVersion` (+ fields): all or nothing.
// A refused file answers 422 with { ok: false, error, message } in Chinese, a stale or changed file 409; nothing is
// written. Each kind supplies its services; the route file only names the permission and the path parameters.
import 'server-only';
import { z } from 'zod';
import type { ActionContext } from '../actions/define-action.server';
import { defineRoute, NO_STORE, type RouteAuth } from '../actions/define-route.server';
import { DomainError } from '../actions/result';
import type { Permission } from '../auth/permissions';
import { fileErrorMessage, issueMessage } from './messages.server';
import { ImportFileError } from './rules';
import { readUpload, UploadError } from './upload.server';
import { XLSX_TYPE } from './xlsx.server';

export const IMPORT_STEPS = ['template', 'preview', 'errors', 'commit'] as const;

/** What the browser sent besides the file: `hash`, `dataVersion` and any field the kind reads (≤ 200 chars each). */
export interface ImportUpload {
  fileName: string;
  body: Buffer;
  fields: Map<string, string>;
}

export interface ImportServices<P extends Record<string, string>> {
  template(ctx: ActionContext, params: P): Promise<{ fileName: string; body: Buffer }>;
  preview(ctx: ActionContext, params: P, upload: ImportUpload): Promise<unknown>;
  errors(ctx: ActionContext, params: P, upload: ImportUpload): Promise<Buffer>;
  commit(ctx: ActionContext, params: P, upload: ImportUpload & { hash: string; dataVersion: string }): Promise<unknown>;
}

const attachment = (name: string) => `attachment; filename="import.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;

function refused(error: string, message: string, status = 422) {
  return Response.json({ ok: false, error, message }, { status, headers: NO_STORE });
}

/** A refusal of the pipeline in Chinese; anything else goes on to defineRoute (500 with the general message). */
function answerError(err: unknown): Response {
  if (err instanceof ImportFileError) return refused(`file.${err.code}`, fileErrorMessage(err));
  if (err instanceof UploadError) return refused(`file.${err.code}`, issueMessage({ key: `excelImport.file.${err.code}`, params: err.params }));
  // a kind may word a refusal itself: params.messageKey names its full key
  if (err instanceof DomainError && err.code.startsWith('import')) {
    const { messageKey, ...params } = (err.params ?? {}) as Record<string, string | number>;
    return refused(err.code, issueMessage({ key: typeof messageKey === 'string' ? messageKey : `excelImport.refusals.${err.code}`, params }), 409);
  }
  throw err;
}

/** GET and POST for `…/[step]` of one import kind. `params` is the path's schema without `step`. */
export function importRoute<S extends z.ZodObject<Record<string, z.ZodType<string>>>>(opts: {
  auth: Permission | readonly Permission[] | Extract<RouteAuth, 'user'>;
  params: S;
  services: ImportServices<z.output<S>>;
}) {
  const params = opts.params.extend({ step: z.enum(IMPORT_STEPS) });
  const notFound = () => refused('notFound', issueMessage({ key: 'excelImport.refusals.notFound' }), 404);
  const GET = defineRoute({
    auth: opts.auth,
    params,
    forbidden: 404,
    handler: async ({ params: p }, ctx) => {
      if (p.step !== 'template') return notFound();
      const { step: _step, ...scope } = p;
      const { fileName, body } = await opts.services.template(ctx.service(), scope as z.output<S>);
      return new Response(new Uint8Array(body), { headers: { ...NO_STORE, 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment(fileName) } });
    },
  });
  const POST = defineRoute({
    auth: opts.auth,
    params,
    forbidden: 404,
    timing: true,
    handler: async ({ params: p }, ctx) => {
      if (p.step === 'template') return notFound();
      const { step, ...rest } = p;
      const scope = rest as z.output<S>;
      try {
        const upload = await readUpload(ctx.req);
        ctx.mark('upload');
        const service = ctx.service();
        if (step === 'preview') {
          const data = await opts.services.preview(service, scope, upload);
          ctx.mark('preview');
          return Response.json({ ok: true, data }, { headers: NO_STORE });
        }
        if (step === 'errors') {
          const body = await opts.services.errors(service, scope, upload);
          const name = upload.fileName.replace(/\.xlsx$/i, '') + '-错误标注.xlsx';
          return new Response(new Uint8Array(body), { headers: { ...NO_STORE, 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment(name) } });
        }
        const data = await opts.services.commit(service, scope, {
          ...upload,
          hash: upload.fields.get('hash') ?? '',
          dataVersion: upload.fields.get('dataVersion') ?? '',
        });
        ctx.mark('commit');
        return Response.json({ ok: true, data }, { headers: NO_STORE });
      } catch (err) {
        return answerError(err);
      }
    },
  });
  return { GET, POST };
}
