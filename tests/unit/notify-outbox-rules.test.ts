// The outbox's pure rules (lib/notify/outbox-rules.ts): retry schedule, digest times and grouping, channel choice.
import { describe, expect, it } from 'vitest';
import {
  BACKOFF_CAP_MS,
  afterFailure,
  backoffMs,
  digestMessage,
  emailChannelFor,
  groupDigests,
  hasRealEmail,
  nextDigestAt,
  webhookChannelsFor,
  type ChannelRef,
  type HeldRow,
} from '@/lib/notify/outbox-rules';

describe('backoff', () => {
  it('doubles from 30 s and stops at 1 h', () => {
    const mid = () => 0.5; // jitter factor 1.0
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => backoffMs(n, mid) / 1000)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
  });
  it('jitters within ±20 % and never above the cap', () => {
    expect(backoffMs(1, () => 0)).toBe(24_000);
    expect(backoffMs(1, () => 0.99)).toBe(35_880);
    expect(backoffMs(9, () => 0.999999)).toBe(BACKOFF_CAP_MS);
  });
  it('gives up at maxAttempts', () => {
    const now = new Date('2026-12-04T00:00:00Z');
    expect(afterFailure(0, now, 6, () => 0.5)).toEqual({ attempts: 1, status: 'pending', nextAttemptAt: new Date(now.getTime() + 30_000) });
    expect(afterFailure(4, now, 6, () => 0.5).status).toBe('pending');
    expect(afterFailure(5, now, 6, () => 0.5)).toEqual({ attempts: 6, status: 'failed', nextAttemptAt: now });
  });
});

describe('digest time', () => {
  it('is the next HH:MM in Shanghai after now', () => {
    // 10:00 Shanghai → 17:30 the same day; 18:00 → 08:30 next day; exactly at the time → the next day
    expect(nextDigestAt('17:30', new Date('2026-12-04T02:00:00Z')).toISOString()).toBe('2026-12-04T09:30:00.000Z');
    expect(nextDigestAt('08:30', new Date('2026-12-04T10:00:00Z')).toISOString()).toBe('2026-12-05T00:30:00.000Z');
    expect(nextDigestAt('08:30', new Date('2026-12-05T00:30:00Z')).toISOString()).toBe('2026-12-06T00:30:00.000Z');
    // 23:00 UTC is already the next day in Shanghai (07:00): 08:30 that morning
    expect(nextDigestAt('08:30', new Date('2026-12-04T23:00:00Z')).toISOString()).toBe('2026-12-05T00:30:00.000Z');
    expect(nextDigestAt('nonsense', new Date('2026-12-04T02:00:00Z')).toISOString()).toBe('2026-12-05T00:30:00.000Z');
  });
});

describe('digest grouping', () => {
  const due = new Date('2026-12-04T09:30:00Z');
  const row = (id: string, over: Partial<HeldRow> = {}): HeldRow => ({
    id,
    channelId: 'mail',
    recipientUserId: 'u1',
    recipientUnitId: 'unit1',
    title: `提醒 ${id}`,
    href: `/x/${id}`,
    dueAt: due,
    ...over,
  });
  it('folds rows per recipient, channel and digest day', () => {
    const groups = groupDigests([
      row('a'),
      row('b'),
      row('c', { recipientUserId: 'u2' }),
      row('d', { channelId: 'robot', recipientUserId: null }),
      row('e', { dueAt: new Date(due.getTime() + 24 * 3600_000) }),
    ]);
    expect(groups.map((g) => [g.key, g.rows.map((r) => r.id).join('')])).toEqual([
      ['digest:u1:2026-12-04:mail', 'ab'],
      ['digest:u2:2026-12-04:mail', 'c'],
      ['digest:unit1:2026-12-04:robot', 'd'],
      ['digest:u1:2026-12-05:mail', 'e'],
    ]);
  });
  it('writes one message listing them', () => {
    expect(digestMessage([row('a'), row('b')])).toEqual({ title: '今日提醒汇总（2条）', body: '1. 提醒 a（/x/a）\n2. 提醒 b（/x/b）' });
  });
});

describe('channels', () => {
  const at = (s: number) => new Date(2026, 0, 1, 0, 0, s);
  const ch = (id: string, type: string, unitId: string | null, enabled = true, s = 0): ChannelRef => ({ id, type, unitId, enabled, createdAt: at(s) });
  const all = [
    ch('d-ding', 'dingtalk', null),
    ch('d-mail', 'email', null),
    ch('u-wecom', 'wecom', 'u1'),
    ch('u-off', 'dingtalk', 'u2', false),
    ch('u-mail', 'email', 'u1'),
  ];
  it('a unit’s own robots, else the district’s', () => {
    expect(webhookChannelsFor(all, 'u1').map((c) => c.id)).toEqual(['u-wecom']);
    expect(webhookChannelsFor(all, 'u2').map((c) => c.id)).toEqual(['d-ding']); // its own one is disabled
    expect(webhookChannelsFor(all, null).map((c) => c.id)).toEqual(['d-ding']);
  });
  it('the unit’s email channel, else the district’s', () => {
    expect(emailChannelFor(all, 'u1')?.id).toBe('u-mail');
    expect(emailChannelFor(all, 'u2')?.id).toBe('d-mail');
    expect(
      emailChannelFor(
        all.filter((c) => c.type !== 'email'),
        'u1',
      ),
    ).toBeNull();
  });
  it('placeholder addresses are no email', () => {
    expect(hasRealEmail('jsj_head@users.leitai.local')).toBe(false);
    expect(hasRealEmail('zhang.wei@jsj.example.gov.cn')).toBe(true);
    expect(hasRealEmail('')).toBe(false);
  });
});
