// 发送记录: one page of outbox messages with a status filter; a failed one can be resent.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { formatters } from '@/components/ui/format';
import { OUTBOX_STATUSES, type OutboxRow, type OutboxStatus } from '@/lib/notify/channels.queries.server';
import { ResendButton } from './resend-button';

const TONE: Record<string, string> = {
  pending: 'bg-amber-50 text-amber-800',
  sent: 'bg-emerald-50 text-emerald-800',
  failed: 'bg-red-50 text-red-700',
  digested: 'bg-slate-100 text-slate-600',
};

export async function OutboxTable({
  rows,
  counts,
  status,
  page,
  pages,
  total,
  basePath,
}: {
  rows: OutboxRow[];
  counts: Record<OutboxStatus, number>;
  status: OutboxStatus | null;
  page: number;
  pages: number;
  total: number;
  basePath: string;
}) {
  const t = await getTranslations('notifyChannels');
  const tAll = await getTranslations();
  const f = formatters(await getFormatter());
  const href = (s: OutboxStatus | null, p = 1) => {
    const q = new URLSearchParams();
    if (s) q.set('status', s);
    if (p > 1) q.set('page', String(p));
    const qs = q.toString();
    return `${basePath}${qs ? `?${qs}` : ''}#outbox`;
  };
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  const chip = (active: boolean) =>
    `rounded-full border px-3 py-1 text-sm ${active ? 'border-brand-600 bg-brand-600 text-white' : 'border-slate-300 bg-white text-slate-700 hover:border-brand-600'}`;
  // the kinds of lib/notify/types.ts NOTIFY_KINDS (and 'digest'); an unknown one shows as written
  const kindLabel = (k: string) => (tAll.has(`notifyChannels.kinds.${k}`) ? tAll(`notifyChannels.kinds.${k}`) : k);
  return (
    <div className="space-y-3">
      <nav className="flex flex-wrap gap-2" aria-label={t('outbox.status')} data-testid="outbox-filter">
        <Link href={href(null)} className={chip(status === null)}>
          {t('outbox.all')} {all}
        </Link>
        {OUTBOX_STATUSES.map((s) => (
          <Link key={s} href={href(s)} className={chip(status === s)} data-testid={`outbox-filter-${s}`}>
            {t(`status.${s}`)} {counts[s]}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="py-6 text-center text-sm text-slate-500">{t('outbox.empty')}</p>
      ) : (
        <DataTable
          testId="outbox-table"
          minWidth="min-w-[880px]"
          columns={[
            { label: t('outbox.at') },
            { label: t('outbox.kind') },
            { label: t('outbox.channel') },
            { label: t('outbox.recipient') },
            { label: t('outbox.status') },
            { label: t('outbox.attempts'), align: 'right' },
            { label: t('outbox.lastError') },
            { label: '' },
          ]}
        >
          {rows.map((r) => (
            <tr key={r.id} className="align-top" data-testid="outbox-row">
              <td className="tabular py-2 pr-3 whitespace-nowrap">{f.dateTime(r.sentAt ?? r.dueAt)}</td>
              <td className="py-2 pr-3">
                <div>{kindLabel(r.kind)}</div>
                <div className="max-w-[16rem] truncate text-xs text-slate-500" title={r.title}>
                  {r.title}
                </div>
              </td>
              <td className="py-2 pr-3">
                <div>{r.channelName}</div>
                <div className="text-xs text-slate-500">{t(`types.${r.channelType as 'dingtalk'}`)}</div>
              </td>
              <td className="py-2 pr-3">{r.recipient ?? t('outbox.group')}</td>
              <td className="py-2 pr-3">
                <span className={`rounded px-1.5 py-0.5 text-xs whitespace-nowrap ${TONE[r.status] ?? ''}`} data-testid="outbox-status">
                  {(OUTBOX_STATUSES as readonly string[]).includes(r.status) ? t(`status.${r.status as OutboxStatus}`) : r.status}
                </span>
              </td>
              <td className="tabular py-2 pr-3 text-right">{r.attempts}</td>
              <td className="max-w-[18rem] py-2 pr-3 text-xs break-words text-red-700">{r.lastError ?? ''}</td>
              <td className="py-2">{r.status === 'failed' && <ResendButton id={r.id} />}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {pages > 1 || total > 0 ? (
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600" data-testid="outbox-pager">
          <span className="tabular">{t('outbox.page', { page, pages, total })}</span>
          <span className="flex gap-3">
            {page > 1 && (
              <Link href={href(status, page - 1)} className="text-brand-700 hover:underline">
                ← {t('outbox.prev')}
              </Link>
            )}
            {page < pages && (
              <Link href={href(status, page + 1)} className="text-brand-700 hover:underline">
                {t('outbox.next')} →
              </Link>
            )}
          </span>
        </div>
      ) : null}
    </div>
  );
}
