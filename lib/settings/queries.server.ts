// Reads for the 账号与安全 cards (the /admin hub and the 安全管理员's home).
import 'server-only';
import type { Db } from '../db/client';
import { getSettings } from './settings.server';

export async function securityHubFigures(db: Db) {
  const [users, disabledUsers, settings] = await Promise.all([db.user.count(), db.user.count({ where: { disabled: true } }), getSettings(db)]);
  return { users, disabledUsers, separation: settings['accounts.separateSecurityAdmin'] };
}
