// The settings page's service: who may change settings (the account manager, under 三员分立 only the 安全管理员),
// the lock-out guard, then saveSettings (validates and audits each changed key).
import 'server-only';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import type { SettingKey, Settings } from './rules';
import { assertSecurityPermission, countSecurityAdmins } from './separation.server';
import { saveSettings } from './settings.server';

export async function changeSecuritySettings(ctx: ActionContext, changes: Partial<Record<SettingKey, unknown>>): Promise<Settings> {
  await assertSecurityPermission(ctx, 'settings:manage');
  // no lock-out: 三员分立 on with no enabled 安全管理员 would leave nobody able to manage accounts
  if (changes['accounts.separateSecurityAdmin'] === true && (await countSecurityAdmins(ctx.db)) === 0) {
    throw new DomainError('invalidInput', undefined, { 'accounts.separateSecurityAdmin': ['noSecurityAdmin'] });
  }
  return saveSettings(ctx, changes);
}
