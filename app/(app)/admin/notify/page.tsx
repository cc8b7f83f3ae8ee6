// 消息提醒 (admin): the reminder channels — the district's and units' robots and email — with 发送测试消息, and the
// deliveries (outbox) page by page with a status filter and 重新发送.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ChannelForm, ChannelItem, type ChannelItemView } from '@/components/notify/channel-forms';
import { OutboxTable } from '@/components/notify/outbox-table';
import { Card, Notice, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import type { ChannelType, SmtpSecurity } from '@/lib/notify/channels';
import { listChannels, listOutbox, OUTBOX_STATUSES, outboxCounts, type OutboxStatus } from '@/lib/notify/channels.queries.server';
import { unitOptions } from '@/lib/setup/queries.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifyChannels'))('title') };
}

export default async function NotifyAdminPage({ searchParams }: { searchParams: Promise<{ status?: string; page?: string }> }) {
  await requirePermission('setup:manage');
  const sp = await searchParams;
  const status = (OUTBOX_STATUSES as readonly string[]).includes(sp.status ?? '') ? (sp.status as OutboxStatus) : null;
  const page = Math.max(1, Number.parseInt(sp.page ?? '1', 10) || 1);
  const t = await getTranslations('notifyChannels');
  const db = await getDb();
  const [channels, units, outbox, counts] = await Promise.all([listChannels(db), unitOptions(db), listOutbox(db, { status, page }), outboxCounts(db)]);
  const unitList = units.map((u) => ({ id: u.id, name: u.name }));
  const views: ChannelItemView[] = channels.map((c) => ({
    id: c.id,
    type: c.type as ChannelType,
    name: c.name,
    unitId: c.unitId,
    unitName: c.unitName,
    enabled: c.enabled,
    webhookHost: c.config.webhookHost ?? null,
    smtp:
      c.type === 'email'
        ? {
            host: c.config.host ?? '',
            port: String(c.config.port ?? ''),
            security: (c.config.security ?? 'tls') as SmtpSecurity,
            user: c.config.user ?? '',
            from: c.config.from ?? '',
          }
        : null,
    secrets: c.secrets,
    secretUnreadable: c.secretUnreadable,
  }));
  return (
    <ClientMessages namespaces={['notifyChannels']}>
      <div className="space-y-5">
        <PageTitle sub={t('sub')}>{t('title')}</PageTitle>
        <Card title={t('channels')}>
          {views.length === 0 ? (
            <Notice>{t('empty')}</Notice>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm" data-testid="channel-list">
              {views.map((c) => (
                <ChannelItem key={c.id} channel={c} units={unitList} />
              ))}
            </ul>
          )}
        </Card>
        <Card title={t('create')}>
          <ChannelForm units={unitList} />
        </Card>
        <div id="outbox">
          <Card title={t('outbox.title')}>
            <OutboxTable
              rows={outbox.rows}
              counts={counts}
              status={status}
              page={outbox.page}
              pages={outbox.pages}
              total={outbox.total}
              basePath="/admin/notify"
            />
          </Card>
        </div>
      </div>
    </ClientMessages>
  );
}
