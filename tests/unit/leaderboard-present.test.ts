// The one rank-change wording shared by the leaderboard, the report card, the printable ranking and the exports.
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { formatRankChange, rankChangeView } from '@/lib/leaderboard/present';
import { messages } from '@/messages';

const zh = createTranslator({ locale: 'zh-CN', messages: messages['zh-CN'], namespace: 'rankChange' });
const en = createTranslator({ locale: 'en', messages: messages.en, namespace: 'rankChange' });

describe('rankChangeView', () => {
  it('maps the engine’s delta (previous − current) to ↑ / ↓ / same, and new with its reason', () => {
    expect(rankChangeView({ kind: 'ranked', previousRank: 5, delta: 2 })).toEqual({ dir: 'up', n: 2, previousRank: 5 });
    expect(rankChangeView({ kind: 'ranked', previousRank: 2, delta: -1 })).toEqual({ dir: 'down', n: 1, previousRank: 2 });
    expect(rankChangeView({ kind: 'ranked', previousRank: 3, delta: 0 })).toEqual({ dir: 'same', n: 0, previousRank: 3 });
    expect(rankChangeView({ kind: 'new', reason: 'group_changed' })).toEqual({ dir: 'new', reason: 'group_changed' });
  });
});

describe('formatRankChange', () => {
  it('says 持平 for an unchanged rank (never a bare dash), with the previous rank in the tooltip', () => {
    const same = formatRankChange({ kind: 'ranked', previousRank: 3, delta: 0 }, zh);
    expect(same).toEqual({ dir: 'same', text: '持平', title: '与上期名次相同（上期第 3 名）' });
    expect(formatRankChange({ kind: 'ranked', previousRank: 3, delta: 0 }, en).text).toBe('no change');
  });

  it('words moves up and down with their size and 新 with why', () => {
    expect(formatRankChange({ kind: 'ranked', previousRank: 5, delta: 2 }, zh)).toEqual({ dir: 'up', text: '↑2', title: '较上期上升 2 名（上期第 5 名）' });
    expect(formatRankChange({ kind: 'ranked', previousRank: 2, delta: -4 }, zh)).toEqual({ dir: 'down', text: '↓4', title: '较上期下降 4 名（上期第 2 名）' });
    expect(formatRankChange({ kind: 'new', reason: 'absent' }, zh)).toEqual({ dir: 'new', text: '新', title: '上期未参评' });
    expect(formatRankChange({ kind: 'new', reason: 'group_changed' }, zh).title).toBe('上期不在本组');
  });
});
