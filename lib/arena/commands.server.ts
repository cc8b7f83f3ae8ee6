// Arena services (DESIGN §5), by phase: preparation and hosting by the admin (arena:host), scoring by the
// panel (arena:score + membership). Every write: the rule, audit row and ArenaEvent row in one transaction
// that first locks the arena row (commands/writer.server.ts); this process's subscribers are poked after the commit.
export { createArena, drawOrder, setJudges, setOrder, setParticipants, updateArena } from './commands/preparation.server';
export { closeSpeaker, extendTimer, finishArena, nextSpeaker, pauseTimer, resumeTimer, startArena } from './commands/meeting.server';
export { submitScore, type SubmitScoreInput } from './commands/scoring.server';
