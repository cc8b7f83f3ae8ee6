// The settings page's service: who may change settings (the account manager, under 三员分立 only the 安全管理员),
// the lock-out guard, then saveSettings (validates and audits each changed key).
import 'server-only';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import type { SettingKey, Settings } from './rules';
import { assertSecurityPermission, countSecurityAdmins, lockSeparation } from './separation.server';
import { saveSettings } from './settings.server';

export async function changeSecuritySettings(ctx: ActionContext, changes: Partial<Record<SettingKey, unknown>>): Promise<Settings> {
  await assertSecurityPermission(ctx, 'settings:manage');
  // no lock-out: 三员分立 on with no enabled 安全管理员 would leave nobody able to manage accounts. Counted inside the
  // transaction that writes the setting, under the lock a demotion or disabling of a 安全管理员 also takes.
  if (changes['accounts.separateSecurityAdmin'] !== true) return saveSettings(ctx, changes);
  return saveSettings(ctx, changes, async (tx) => {
    await lockSeparation(tx);
    if ((await countSecurityAdmins(tx)) === 0) {
      throw new DomainError('invalidInput', undefined, { 'accounts.separateSecurityAdmin': ['noSecurityAdmin'] });
    }
  });
}
