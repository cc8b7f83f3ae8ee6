// Calendar days in China time (UTC+8, no daylight saving): how deadlines typed as dates are stored and shown.
const OFFSET_MS = 8 * 3_600_000;

/** 'YYYY-MM-DD' → the last second of that day in China time. */
export function endOfChinaDay(day: string): Date {
  return new Date(`${day}T23:59:59+08:00`);
}

/** A moment → its calendar day in China time, 'YYYY-MM-DD'. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** A moment as a `datetime-local` input's value in China time, 'YYYY-MM-DDTHH:MM'. */
export function chinaMinuteInput(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}
