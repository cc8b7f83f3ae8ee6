// How an audit row reads to a person (pure, no I/O): its before → after as a list of labelled changes,
// values in words (states and roles by their Chinese names, ids and unit codes resolved to names, dates
// the Chinese way). The raw JSON stays available behind 详情 on the page.

/** One field that changed: its key (labelled by messages audit.fields.<key>) and the values either side. */
export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Technical keys that mean nothing to a reader; they stay in the raw JSON. */
const HIDDEN = new Set(['id', 'recipe', 'inputHash', 'participantId', 'passwordHash']);

const record = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/**
 * The fields of before/after that differ (or that one side alone has), in the order they were written.
 * A side that is not an object (a bare value) reads as one field named `value`.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = before === null || before === undefined ? {} : (record(before) ?? { value: before });
  const a = after === null || after === undefined ? {} : (record(after) ?? { value: after });
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !HIDDEN.has(k));
  const both = Object.keys(b).length > 0 && Object.keys(a).length > 0;
  return keys
    .filter((k) => !both || !(k in b) || !(k in a) || JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ field: k, before: b[k], after: a[k] }));
}

/** Keys whose values are ids, unit codes or usernames: shown as the name they stand for. */
export function isReference(field: string): boolean {
  return /Ids?$/.test(field) || ['participants', 'order', 'unscored', 'current', 'participant', 'judges', 'from', 'source'].includes(field);
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const LIST_MAX = 12;

export interface ValueContext {
  /** id, unit code or username → the name it stands for */
  names: ReadonlyMap<string, string>;
  /** the words for an enum value of a field (state, role, status…), if it is one */
  enumLabel: (field: string, value: string) => string | undefined;
  /** the label of a field (nested objects) */
  fieldLabel: (field: string) => string;
  yes: string;
  no: string;
  /** "…, N in all" (a list cut short) */
  more: (n: number) => string;
  date: (d: Date) => string;
  number: (x: number) => string;
}

/**
 * Every field name the audit page labels for a row (messages audit.fields.<key>): the keys of before/after (a bare
 * value reads as `value`) and, as auditValue shows them, the keys of objects nested one level (in arrays too) — an
 * object with a `name` reads as that name. Technical keys are left out.
 */
export function auditFieldNames(before: unknown, after: unknown): string[] {
  const names = new Set<string>();
  const walk = (value: unknown, depth: number) => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, depth + 1));
    const obj = record(value);
    if (!obj || typeof obj.name === 'string' || depth > 1) return;
    for (const [k, v] of Object.entries(obj)) {
      if (HIDDEN.has(k)) continue;
      names.add(k);
      walk(v, depth + 1);
    }
  };
  for (const change of auditChanges(before, after)) {
    names.add(change.field);
    walk(change.before, 0);
    walk(change.after, 0);
  }
  return [...names].sort();
}

/** A value in words. `null`/absent reads as —. */
export function auditValue(field: string, value: unknown, ctx: ValueContext, depth = 0): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? ctx.yes : ctx.no;
  if (typeof value === 'number') return ctx.number(value);
  if (typeof value === 'string') {
    if (ISO.test(value)) return ctx.date(new Date(value));
    const label = ctx.enumLabel(field, value);
    if (label) return label;
    if (isReference(field)) return ctx.names.get(value) ?? value;
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    // records nested in a record (a gap's measures): how many; the records themselves are behind 详情
    if (depth > 0 && value.some((v) => record(v) && typeof record(v)!.name !== 'string')) return ctx.number(value.length);
    const shown = value.slice(0, LIST_MAX).map((v) => auditValue(field, v, ctx, depth + 1));
    return shown.join('、') + (value.length > LIST_MAX ? ctx.more(value.length) : '');
  }
  const obj = record(value)!;
  if (typeof obj.name === 'string') return obj.name;
  if (depth > 1) return '…';
  return Object.entries(obj)
    .filter(([k]) => !HIDDEN.has(k))
    .map(([k, v]) => `${ctx.fieldLabel(k)}：${auditValue(k, v, ctx, depth + 1)}`)
    .join('，');
}

/** The server's own writers (the seed's 'system', the daily jobs' 'system:backup', 'system:audit-verify'): shown as 系统. */
export function isSystemActor(actorName: string): boolean {
  return actorName === 'system' || actorName.startsWith('system:');
}
