// GET /api/audit/export?format=xlsx|csv&<the /audit page's filters> — the audit log for archiving (auditor only:
// audit:read; the admin gets 403). The export itself is audited.
import { z } from 'zod';
import { defineRoute, NO_STORE } from '@/lib/actions/define-route.server';
import { AUDIT_EXPORT_MAX_ROWS, auditDisposition, auditExportRows, buildAuditCsv, buildAuditXlsx, CSV_TYPE, rangeLabel } from '@/lib/audit/export.server';
import { auditFilterSchema } from '@/lib/audit/queries.server';
import { XLSX_TYPE } from '@/lib/problems/export.server';
import { messages } from '@/messages';
import { createTranslator } from 'next-intl';

export const dynamic = 'force-dynamic';

const querySchema = auditFilterSchema.omit({ page: true }).extend({ format: z.enum(['xlsx', 'csv']).catch('xlsx') });
const t = createTranslator({ locale: 'zh-CN', messages: messages['zh-CN'], namespace: 'auditChain.export' });

export const GET = defineRoute({
  auth: 'audit:read',
  query: querySchema,
  handler: async ({ query }, ctx) => {
    const { format, ...filter } = query;
    const found = await auditExportRows(ctx.db, filter);
    if ('tooMany' in found) {
      return Response.json(
        { ok: false, error: 'tooMany', message: t('tooMany', { total: found.tooMany, max: AUDIT_EXPORT_MAX_ROWS }) },
        { status: 400, headers: NO_STORE },
      );
    }
    const service = ctx.service();
    await ctx.db.$transaction((tx) =>
      service.audit(tx, {
        action: 'audit.export',
        entityType: 'audit_log',
        after: { format, range: rangeLabel(filter), ...filter, rows: found.total },
        // nothing any cache holds changes; the export's own chain
        scope: 'unshared',
        chain: 'audit_log',
      }),
    );
    const body = format === 'csv' ? buildAuditCsv(found.rows) : await buildAuditXlsx(found.rows, filter, ctx.now);
    return new Response(new Uint8Array(body), {
      headers: {
        ...NO_STORE,
        'Content-Type': format === 'csv' ? CSV_TYPE : XLSX_TYPE,
        'Content-Disposition': auditDisposition(filter, format),
        'Content-Length': String(body.length),
      },
    });
  },
});
