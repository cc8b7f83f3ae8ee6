// Reading and changing run-time settings (rules and defaults: lib/settings/rules.ts). Reads are cached in this process
// for a few seconds (every request may ask; other instances see a change within CACHE_MS); a change here is seen at once.
import 'server-only';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import type { Db, Tx } from '../db/client';
import { getDb } from '../db.server';
import { parseSetting, resolveSettings, type SettingKey, type Settings } from './rules';

const CACHE_MS = 5_000;
const g = globalThis as unknown as { leitaiSettings?: { at: number; value: Promise<Settings> } };

/** The current settings: stored values over defaults. */
export async function getSettings(db?: Db): Promise<Settings> {
  const now = Date.now();
  if (g.leitaiSettings && now - g.leitaiSettings.at < CACHE_MS) return g.leitaiSettings.value;
  const value = (async () => resolveSettings(await (db ?? (await getDb())).setting.findMany({ select: { key: true, value: true } })))();
  g.leitaiSettings = { at: now, value };
  value.catch(() => {
    if (g.leitaiSettings?.value === value) g.leitaiSettings = undefined;
  });
  return value;
}

export async function getSetting<K extends SettingKey>(key: K, db?: Db): Promise<Settings[K]> {
  return (await getSettings(db))[key];
}

/** Forget the cached settings (after a change, and in tests that write Setting rows directly). */
export function invalidateSettings(): void {
  g.leitaiSettings = undefined;
}

/**
 * Store new values (validated per key), one audit row per changed key. Authorisation is the caller's (the settings
 * page's action checks who may change settings); this service only refuses bad values. `check` runs first inside the
 * writing transaction (a refusal it throws rolls everything back).
 */
export async function saveSettings(ctx: ActionContext, changes: Partial<Record<SettingKey, unknown>>, check?: (tx: Tx) => Promise<void>): Promise<Settings> {
  const parsed: [SettingKey, unknown][] = [];
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, raw] of Object.entries(changes) as [SettingKey, unknown][]) {
    const res = parseSetting(key, raw);
    if (res.success) parsed.push([key, res.data]);
    else fieldErrors[key] = ['invalid'];
  }
  if (Object.keys(fieldErrors).length) throw new DomainError('invalidInput', undefined, fieldErrors);
  const before = await getSettings(ctx.db);
  await ctx.db.$transaction(async (tx) => {
    await check?.(tx);
    for (const [key, value] of parsed) {
      if (before[key] === value) continue;
      await tx.setting.upsert({
        where: { key },
        create: { key, value: value as never, updatedById: ctx.user.id },
        update: { value: value as never, updatedById: ctx.user.id },
      });
      await ctx.audit(tx, { action: 'settings.change', entityType: 'setting', entityId: key, before: { value: before[key] }, after: { value } });
    }
  });
  invalidateSettings();
  return getSettings(ctx.db);
}
