'use client';
// Follows a live arena: applies Server-Sent Events to the view the page rendered, and refetches the whole view
// from the database whenever an event is not enough (prep changes, start/finish, a reconnect). Events are hints;
// the state endpoint is the truth. The browser's EventSource resends Last-Event-ID on reconnect by itself.
import { useCallback, useEffect, useRef, useState } from 'react';
import { IDLE_TIMER, timerView } from '@/lib/arena/timer';
import { ARENA_EVENT_TYPES, type ArenaEventMessage, type ArenaLiveView, type ParticipantView } from '@/lib/arena/types';

export type Connection = 'connecting' | 'live' | 'reconnecting';

/** Apply one event to a view; null = the event needs a full refetch. Pure, exported for tests. */
export function applyArenaEvent<V extends ArenaLiveView>(view: V, m: ArenaEventMessage, now: number): V | null {
  const patchParticipant = (id: string, patch: Partial<ParticipantView>) => view.participants.map((p) => (p.id === id ? { ...p, ...patch } : p));
  switch (m.type) {
    case 'score.submitted': {
      const { participantId, scoredCount, judgeId } = m.payload;
      const current = view.current && view.current.id === participantId ? { ...view.current, scoredCount } : view.current;
      const scoredJudgeIds =
        view.scoredJudgeIds && view.current?.id === participantId && !view.scoredJudgeIds.includes(judgeId)
          ? [...view.scoredJudgeIds, judgeId]
          : view.scoredJudgeIds;
      return { ...view, current, scoredJudgeIds, participants: patchParticipant(participantId, { scoredCount }), lastEventId: m.id };
    }
    case 'timer.changed': {
      if (view.current?.id !== m.payload.participantId) return null;
      return { ...view, timer: timerView(m.payload.timer, now), lastEventId: m.id };
    }
    case 'speaker.started': {
      const { participant, brief, timer } = m.payload;
      return {
        ...view,
        arena: { ...view.arena, state: 'live' },
        current: { ...participant, brief },
        participants: patchParticipant(participant.id, participant),
        timer: timerView(timer, now),
        scoredJudgeIds: view.scoredJudgeIds === null ? null : [],
        lastEventId: m.id,
      };
    }
    case 'speaker.closed': {
      const { participantId, scoredCount, panelScore, final, liveRanking } = m.payload;
      const patch = { state: 'closed' as const, scoredCount, panelScore, final };
      const participants = patchParticipant(participantId, patch);
      return {
        ...view,
        current: view.current && view.current.id === participantId ? { ...view.current, ...patch } : view.current,
        participants,
        timer: timerView(IDLE_TIMER, now),
        liveRanking,
        allClosed: participants.every((p) => p.state === 'closed'),
        lastEventId: m.id,
      };
    }
    case 'arena.finished':
      return {
        ...view,
        arena: { ...view.arena, state: 'finished', finishedAt: m.payload.finishedAt },
        liveRanking: m.payload.liveRanking,
        timer: timerView(IDLE_TIMER, now),
        lastEventId: m.id,
      };
    default:
      return null;
  }
}

/**
 * The live view of an arena. `kind` picks the state endpoint's view (judge gets their own sheet), and
 * `refetchOn` lists event types after which this page wants the whole view again (a judge's own sheet and
 * eligibility change with the speaker).
 */
export function useArenaLive<V extends ArenaLiveView>(initial: V, opts: { kind?: 'judge' | 'live'; refetchOn?: readonly ArenaEventMessage['type'][] } = {}) {
  const [view, setView] = useState<V>(initial);
  const [connection, setConnection] = useState<Connection>('connecting');
  // server clock − browser clock, so every screen counts down the same seconds
  const [offset, setOffset] = useState(() => initial.timer.serverNow - Date.now());
  const offsetRef = useRef(offset);
  const viewRef = useRef(view);
  // the event handler reads the latest view and clock offset through these (kept in step after each render)
  useEffect(() => {
    offsetRef.current = offset;
    viewRef.current = view;
  }, [offset, view]);
  const refetchOn = useRef(new Set(opts.refetchOn ?? []));
  const stateUrl = `/api/arena/${initial.arena.id}/state${opts.kind === 'judge' ? '?view=judge' : ''}`;

  const refetch = useCallback(async () => {
    try {
      const res = await fetch(stateUrl, { cache: 'no-store' });
      if (!res.ok) return;
      const fresh = (await res.json()) as V;
      setOffset(fresh.timer.serverNow - Date.now());
      // never go back in time: a slower response must not undo newer events
      if (fresh.lastEventId >= viewRef.current.lastEventId) {
        viewRef.current = fresh;
        setView(fresh);
      }
    } catch {
      // offline for a moment: the next event or reconnect tries again
    }
  }, [stateUrl]);

  useEffect(() => {
    const source = new EventSource(`/api/arena/${initial.arena.id}/events?after=${initial.lastEventId}`);
    let dropped = false;
    const onMessage = (e: MessageEvent<string>) => {
      let m: ArenaEventMessage;
      try {
        m = JSON.parse(e.data) as ArenaEventMessage;
      } catch {
        return;
      }
      const current = viewRef.current;
      if (m.id <= current.lastEventId) return; // already in the view (replay after a refetch)
      const next = refetchOn.current.has(m.type) ? null : applyArenaEvent(current, m, Date.now() + offsetRef.current);
      if (next) {
        viewRef.current = next;
        setView(next);
      } else void refetch();
    };
    for (const type of ARENA_EVENT_TYPES) source.addEventListener(type, onMessage as EventListener);
    source.onopen = () => {
      setConnection('live');
      if (dropped) void refetch(); // whatever the replay cannot say (e.g. the judge's own sheet) comes from the database
      dropped = false;
    };
    source.onerror = () => {
      dropped = true;
      setConnection('reconnecting');
    };
    return () => source.close();
    // one stream per page: the arena id and first event id are fixed for its life
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initial.arena.id]);

  return { view, connection, offset, refetch, setView };
}
