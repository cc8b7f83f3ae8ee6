// The arena's NOTIFY payload: JSON.stringify on the way out, JSON.parse on the way in — whatever the event holds.
import { describe, expect, it } from 'vitest';
import { NOTIFY_MESSAGE_BYTES, notificationOf, parseNotification } from '@/lib/arena/notification';
import type { ArenaEventMessage } from '@/lib/arena/types';

const message = (name: string, id = 42): ArenaEventMessage =>
  ({
    id,
    arenaId: 'arena"1\\',
    type: 'arena.updated',
    at: '2026-12-03T08:00:00.000Z',
    payload: { reason: 'settings', name, minutesPerSpeaker: 5, judgeCount: 3, participants: [], drawSeed: null },
  }) as ArenaEventMessage;

describe('arena notifications', () => {
  it('carry the whole event and its predecessor, quotes, backslashes and Chinese included', () => {
    const m = message('第一场 "擂台" \\ 评议\n');
    expect(parseNotification(notificationOf(m, 41))).toEqual({ arenaId: m.arenaId, message: m, prev: 41 });
  });

  it('name only the arena and id when the event is too big for PostgreSQL', () => {
    const m = message('擂'.repeat(NOTIFY_MESSAGE_BYTES / 3 + 1));
    const text = notificationOf(m, 41);
    expect(JSON.parse(text)).toEqual({ a: m.arenaId, i: 42 });
    expect(parseNotification(text)).toEqual({ arenaId: m.arenaId, message: null });
  });

  it('ignore what is not theirs', () => {
    expect(parseNotification('not json')).toBeNull();
    expect(parseNotification('{"x":1}')).toBeNull();
    expect(parseNotification('null')).toBeNull();
  });
});
