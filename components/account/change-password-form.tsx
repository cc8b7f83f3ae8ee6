'use client';
// 修改密码: current, new, confirm. Every reason a field is refused is listed under it; on a refusal the password
// fields are emptied (nothing else is typed here), on success the user goes home.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { FormError, inputCls, primaryBtn, useSetupAction } from '@/components/ui/form-kit';
import { changePasswordAction } from '@/lib/auth/actions/change-password';
import { usePasswordMessages } from './password-messages';

type FieldName = 'currentPassword' | 'newPassword' | 'confirmPassword';
const EMPTY: Record<FieldName, string> = { currentPassword: '', newPassword: '', confirmPassword: '' };

function PasswordField({
  name,
  label,
  hint,
  value,
  reasons,
  autoComplete,
  onChange,
}: {
  name: FieldName;
  label: string;
  hint?: string;
  value: string;
  reasons: string[];
  autoComplete: string;
  onChange: (v: string) => void;
}) {
  const id = useId();
  const described = reasons.length > 0 ? `${id}-err` : hint ? `${id}-hint` : undefined;
  return (
    <div className="flex min-w-0 flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="password"
        className={inputCls}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={autoComplete}
        maxLength={128}
        aria-invalid={reasons.length > 0}
        aria-describedby={described}
        data-testid={`field-${name}`}
      />
      {reasons.length > 0 ? (
        <ul id={`${id}-err`} className="list-disc space-y-0.5 pl-4 text-xs text-red-600" data-testid={`errors-${name}`}>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : (
        hint && (
          <span id={`${id}-hint`} className="text-xs text-slate-500">
            {hint}
          </span>
        )
      )}
    </div>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations();
  const router = useRouter();
  const [v, setV] = useState(EMPTY);
  const act = useSetupAction(changePasswordAction);
  const reasons = usePasswordMessages(act.failure);
  const field = (name: FieldName, autoComplete: string, hint?: string) => (
    <PasswordField
      name={name}
      label={t(`accountPassword.${name === 'currentPassword' ? 'current' : name === 'newPassword' ? 'new' : 'confirm'}`)}
      hint={hint}
      value={v[name]}
      reasons={reasons(name)}
      autoComplete={autoComplete}
      onChange={(value) => setV({ ...v, [name]: value })}
    />
  );
  return (
    <form
      noValidate
      className="space-y-4"
      data-testid="change-password-form"
      onSubmit={(e) => {
        e.preventDefault();
        const input = v;
        // a refused password is not kept on the page; the reasons say what to change
        setV(EMPTY);
        act.run(input, () => router.replace('/'));
      }}
    >
      <FormError failure={act.failure} />
      {field('currentPassword', 'current-password')}
      {field('newPassword', 'new-password', t('passwordPolicy.rule'))}
      {field('confirmPassword', 'new-password')}
      <button type="submit" className={`${primaryBtn} w-full py-2`} disabled={act.pending}>
        {act.pending ? t('accountPassword.saving') : t('accountPassword.submit')}
      </button>
    </form>
  );
}
