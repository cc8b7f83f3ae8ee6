// The field names of audit rows (as the audit page labels them: lib/audit/present.ts auditFieldNames) that lack a label
// in messages audit.fields, per language — for the label tests on rows built by the services' own functions or read
// back from a test database.
import { auditFieldNames } from '@/lib/audit/present';
import { messages } from '@/messages';

export function unlabelledAuditFields(rows: readonly { before?: unknown; after?: unknown }[]): Record<'zh-CN' | 'en', string[]> {
  const names = [...new Set(rows.flatMap((r) => auditFieldNames(r.before, r.after)))].sort();
  const missing = (locale: 'zh-CN' | 'en') => names.filter((f) => typeof (messages[locale].audit.fields as Record<string, unknown>)[f] !== 'string');
  return { 'zh-CN': missing('zh-CN'), en: missing('en') };
}
