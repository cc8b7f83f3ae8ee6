// Period setup from Excel (考核办 only; issue #13):
//   GET  …/setup/template — the template (.xlsx) with the period's indicators pre-filled;
//   POST …/setup/preview  — multipart `file`: the preview as JSON (writes nothing);
//   POST …/setup/errors   — multipart `file`: the upload with its bad cells marked (.xlsx);
//   POST …/setup/commit   — multipart `file`, `hash`, `dataVersion`: all or nothing (lib/import/setup.server.ts).
// A refused file answers 422 with { ok: false, error, message } in Chinese; nothing is written.
import { z } from 'zod';
import { defineRoute, NO_STORE } from '@/lib/actions/define-route.server';
import { DomainError } from '@/lib/actions/result';
import { readUpload, UploadError } from '@/lib/import/upload.server';
import { ImportFileError } from '@/lib/import/rules';
import { commitSetupImport, fileErrorMessage, issueMessage, previewSetupImport, setupErrorWorkbook, setupTemplate } from '@/lib/import/setup.server';
import { XLSX_TYPE } from '@/lib/import/xlsx.server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const params = z.object({ periodId: z.string().min(1).max(64), step: z.enum(['template', 'preview', 'errors', 'commit']) });

const attachment = (name: string) => `attachment; filename="import.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;

function refused(error: string, message: string, status = 422) {
  return Response.json({ ok: false, error, message }, { status, headers: NO_STORE });
}

/** A refusal of this pipeline in Chinese; anything else goes on to defineRoute (500 with the general message). */
function answerError(err: unknown): Response {
  if (err instanceof ImportFileError) return refused(`file.${err.code}`, fileErrorMessage(err));
  if (err instanceof UploadError) return refused(`file.${err.code}`, issueMessage({ key: `excelImport.file.${err.code}`, params: err.params }));
  if (err instanceof DomainError && err.code.startsWith('import'))
    return refused(err.code, issueMessage({ key: `excelImport.refusals.${err.code}`, params: err.params as Record<string, string | number> }), 409);
  throw err;
}

export const GET = defineRoute({
  auth: 'setup:manage',
  params,
  forbidden: 404,
  handler: async ({ params }, ctx) => {
    if (params.step !== 'template') return refused('notFound', issueMessage({ key: 'excelImport.refusals.notFound' }), 404);
    const { fileName, body } = await setupTemplate(ctx.service(), params.periodId);
    return new Response(new Uint8Array(body), { headers: { ...NO_STORE, 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment(fileName) } });
  },
});

export const POST = defineRoute({
  auth: 'setup:manage',
  params,
  forbidden: 404,
  timing: true,
  handler: async ({ params }, ctx) => {
    if (params.step === 'template') return refused('notFound', issueMessage({ key: 'excelImport.refusals.notFound' }), 404);
    try {
      const upload = await readUpload(ctx.req);
      ctx.mark('upload');
      const service = ctx.service();
      if (params.step === 'preview') {
        const preview = await previewSetupImport(service, { periodId: params.periodId, fileName: upload.fileName, body: upload.body });
        ctx.mark('preview');
        return Response.json({ ok: true, data: preview }, { headers: NO_STORE });
      }
      if (params.step === 'errors') {
        const body = await setupErrorWorkbook(service, { periodId: params.periodId, body: upload.body });
        const name = upload.fileName.replace(/\.xlsx$/i, '') + '-错误标注.xlsx';
        return new Response(new Uint8Array(body), { headers: { ...NO_STORE, 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment(name) } });
      }
      const data = await commitSetupImport(service, {
        periodId: params.periodId,
        fileName: upload.fileName,
        body: upload.body,
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
