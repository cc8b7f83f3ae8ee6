'use client';
// User account forms: create (with initial password), edit name/title/role/unit, reset password, disable/enable.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createUserAction, resetPasswordAction, setUserDisabledAction, updateUserAction } from '@/lib/setup/actions/users';
import { ROLES, type Role } from '@/lib/domain/enums';
import { joinReasons, usePasswordMessages } from '@/components/account/password-messages';
import { ConfirmButton } from '@/components/ui/confirm-button';
import {
  dangerBtn,
  Field,
  FormButtons,
  FormError,
  FormNotice,
  inputCls,
  primaryBtn,
  secondaryBtn,
  useFieldMessage,
  useSetupAction,
} from '@/components/ui/form-kit';
import { UnitOptions } from '@/components/ui/unit-options';

type UnitOption = { id: string; name: string };

function RoleAndUnit({
  role,
  unitId,
  units,
  onRole,
  onUnit,
  msg,
  roleLocked,
}: {
  role: Role;
  unitId: string;
  units: UnitOption[];
  onRole: (r: Role) => void;
  onUnit: (u: string) => void;
  msg: (f: string) => string | null;
  roleLocked?: boolean;
}) {
  const t = useTranslations();
  return (
    <>
      <Field label={t('setup.users.role')} error={msg('role')}>
        {(p) => (
          <select {...p} className={inputCls} value={role} disabled={roleLocked} onChange={(e) => onRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('setup.users.unit')} hint={t('setup.users.unitHint')} error={msg('unitId')} className="sm:col-span-2">
        {(p) => (
          <select {...p} className={inputCls} value={unitId} onChange={(e) => onUnit(e.target.value)}>
            <option value="">{t('setup.users.noUnit')}</option>
            <UnitOptions units={units} />
          </select>
        )}
      </Field>
    </>
  );
}

export function CreateUserForm({ units }: { units: UnitOption[] }) {
  const t = useTranslations('setup');
  const router = useRouter();
  const empty = { username: '', name: '', title: '', role: 'unit_staff' as Role, unitId: '', password: '' };
  const [v, setV] = useState(empty);
  const act = useSetupAction(createUserAction);
  const msg = useFieldMessage(act.failure);
  const pw = usePasswordMessages(act.failure);
  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement>) => setV({ ...v, [k]: e.target.value });
  return (
    <form
      noValidate
      className="space-y-3"
      data-testid="create-user-form"
      onSubmit={(e) => {
        e.preventDefault();
        act.run(v, (r) => router.push(`/admin/users/${r.id}`));
      }}
    >
      <FormError failure={act.failure} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t('users.username')} hint={t('users.usernameHint')} error={msg('username')}>
          {(p) => <input {...p} className={inputCls} value={v.username} onChange={set('username')} autoComplete="off" autoCapitalize="off" maxLength={32} />}
        </Field>
        <Field label={t('users.name')} error={msg('name')}>
          {(p) => <input {...p} className={inputCls} value={v.name} onChange={set('name')} maxLength={40} />}
        </Field>
        <Field label={t('users.jobTitle')} error={msg('title')}>
          {(p) => <input {...p} className={inputCls} value={v.title} onChange={set('title')} maxLength={40} />}
        </Field>
        <RoleAndUnit
          role={v.role}
          unitId={v.unitId}
          units={units}
          msg={msg}
          onRole={(role) => setV({ ...v, role })}
          onUnit={(unitId) => setV({ ...v, unitId })}
        />
        <Field label={t('users.password')} hint={t('users.passwordHint')} error={joinReasons(pw('password'))}>
          {(p) => <input {...p} type="text" className={inputCls} value={v.password} onChange={set('password')} autoComplete="new-password" maxLength={128} />}
        </Field>
      </div>
      <FormButtons label={t('users.create')} pendingLabel={t('saving')} pending={act.pending} />
    </form>
  );
}

export function EditUserForm({
  user,
  units,
  self,
}: {
  user: { id: string; name: string; title: string; role: Role; unitId: string };
  units: UnitOption[];
  self: boolean;
}) {
  const t = useTranslations('setup');
  const [v, setV] = useState(user);
  const [notice, setNotice] = useState<string | null>(null);
  const act = useSetupAction(updateUserAction);
  const msg = useFieldMessage(act.failure);
  return (
    <form
      noValidate
      className="space-y-3"
      data-testid="edit-user-form"
      onSubmit={(e) => {
        e.preventDefault();
        setNotice(null);
        act.run({ id: v.id, name: v.name, title: v.title, role: v.role, unitId: v.unitId }, () => setNotice(t('saved')));
      }}
    >
      <FormError failure={act.failure} />
      {notice && <FormNotice>{notice}</FormNotice>}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t('users.name')} error={msg('name')}>
          {(p) => <input {...p} className={inputCls} value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} maxLength={40} />}
        </Field>
        <Field label={t('users.jobTitle')} error={msg('title')} className="sm:col-span-2">
          {(p) => <input {...p} className={inputCls} value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} maxLength={40} />}
        </Field>
        <RoleAndUnit
          role={v.role}
          unitId={v.unitId}
          units={units}
          msg={msg}
          roleLocked={self}
          onRole={(role) => setV({ ...v, role })}
          onUnit={(unitId) => setV({ ...v, unitId })}
        />
      </div>
      <FormButtons label={t('save')} pendingLabel={t('saving')} pending={act.pending} />
    </form>
  );
}

export function ResetPasswordForm({ id }: { id: string }) {
  const t = useTranslations('setup');
  const [password, setPassword] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const act = useSetupAction(resetPasswordAction);
  const pw = usePasswordMessages(act.failure);
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        setNotice(null);
        act.run({ id, password }, () => {
          setPassword('');
          setNotice(t('users.resetDone'));
        });
      }}
    >
      <FormError failure={act.failure} />
      {notice && <FormNotice>{notice}</FormNotice>}
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t('users.newPassword')} hint={t('users.resetHint')} error={joinReasons(pw('password'))} className="w-full sm:w-80">
          {(p) => (
            <input
              {...p}
              type="text"
              className={inputCls}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="new-password"
              maxLength={128}
            />
          )}
        </Field>
        <button type="submit" className={secondaryBtn} disabled={act.pending}>
          {t('users.resetButton')}
        </button>
      </div>
    </form>
  );
}

export function DisableToggle({ id, disabled, sessions, self }: { id: string; disabled: boolean; sessions: number; self: boolean }) {
  const t = useTranslations('setup');
  const [notice, setNotice] = useState<string | null>(null);
  const act = useSetupAction(setUserDisabledAction);
  return (
    <div className="space-y-3" data-testid="disable-toggle">
      <FormError failure={act.failure} />
      {notice && <FormNotice>{notice}</FormNotice>}
      <p className="text-sm text-slate-600">{disabled ? t('users.isDisabled') : t('users.isEnabled', { count: sessions })}</p>
      {disabled ? (
        <button
          type="button"
          className={primaryBtn}
          disabled={act.pending}
          onClick={() => act.run({ id, disabled: false }, () => setNotice(t('users.enabledNow')))}
        >
          {t('users.enable')}
        </button>
      ) : (
        !self && (
          <ConfirmButton
            label={t('users.disable')}
            question={t('users.disableQuestion')}
            confirmLabel={t('confirm')}
            cancelLabel={t('cancel')}
            className={dangerBtn}
            disabled={act.pending}
            onConfirm={() => act.run({ id, disabled: true }, (r) => setNotice(t('users.disabledNow', { count: r.sessionsEnded })))}
          />
        )
      )}
    </div>
  );
}
