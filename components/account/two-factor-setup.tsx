'use client';
// 两步验证 enrolment: password → QR code (and key) → a code from the app → backup codes, shown once (download/copy).
// Also turning it off (password). Every step is a server action (lib/auth/two-factor-actions.ts).
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { startTransition, useEffect, useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import { confirmEnrolmentAction, disableTwoFactorAction, startEnrolmentAction } from '@/lib/auth/two-factor-actions';
import { dangerBtn, FormNotice, inputCls, primaryBtn, secondaryBtn, type Failure } from '@/components/ui/form-kit';
import { AccountError } from './account-error';

const CODES_KEY = 'leitai.twoFactor.backupCodes';

function useStep() {
  const [pending, start] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const run = <R,>(call: () => Promise<ActionResult<R>>, onOk: (data: R) => void) =>
    start(async () => {
      try {
        const r = await call();
        startTransition(() => (r.ok ? (setFailure(null), onOk(r.data)) : setFailure(r)));
      } catch {
        startTransition(() => setFailure({ error: 'serverError' }));
      }
    });
  return { pending, failure, run };
}

/**
 * The whole panel, one component whatever the state: confirming re-issues the session (a new cookie), so the page
 * re-renders as "enabled" while the backup codes are still to be shown — they live in this component's state.
 */
export function TwoFactorPanel({ nextPath, enabled, canDisable }: { nextPath: string; enabled: boolean; canDisable: boolean }) {
  const t = useTranslations('account.twoFactor');
  const router = useRouter();
  const step = useStep();
  const [enrolment, setEnrolment] = useState<{ qrSvg: string; manualKey: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [copied, setCopied] = useState(false);
  // confirming re-issues the session cookie and Next re-renders the page from the root: the codes wait in this tab's
  // sessionStorage until the user says they are saved
  useEffect(() => {
    const kept = sessionStorage.getItem(CODES_KEY);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- restoring client-only state after a remount
    if (kept) setCodes(JSON.parse(kept) as string[]);
  }, []);
  const showCodes = (list: string[]) => {
    sessionStorage.setItem(CODES_KEY, JSON.stringify(list));
    setCodes(list);
  };

  if (codes) {
    const text = `${t('backupFileTitle')}\n\n${codes.join('\n')}\n`;
    return (
      <div className="space-y-3" data-testid="backup-codes">
        <h2 className="text-base font-semibold text-slate-800">{t('backupTitle')}</h2>
        <p className="text-sm text-slate-600">{t('backupHint')}</p>
        <ul className="grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-3 font-mono text-sm sm:grid-cols-5">
          {codes.map((c) => (
            <li key={c} data-testid="backup-code">
              {c}
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap gap-2">
          <a className={secondaryBtn} download="leitai-backup-codes.txt" href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}>
            {t('download')}
          </a>
          <button
            type="button"
            className={secondaryBtn}
            onClick={() =>
              void navigator.clipboard?.writeText(text).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {t('copy')}
          </button>
          <button
            type="button"
            className={primaryBtn}
            onClick={() => (sessionStorage.removeItem(CODES_KEY), router.push(nextPath))}
            data-testid="two-factor-done"
          >
            {t('done')}
          </button>
        </div>
        {copied && <FormNotice>{t('copied')}</FormNotice>}
      </div>
    );
  }

  if (enabled) {
    return (
      <div className="space-y-4">
        <p className="text-sm font-medium text-green-800" data-testid="two-factor-on">
          ✓ {t('enabled')}
        </p>
        {canDisable && (
          <section className="border-t border-slate-200 pt-4">
            <h2 className="mb-2 text-base font-semibold text-slate-800">{t('disableTitle')}</h2>
            <TwoFactorDisable />
          </section>
        )}
      </div>
    );
  }

  if (enrolment) {
    return (
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          const code = String(new FormData(e.currentTarget).get('code') ?? '');
          step.run(
            () => confirmEnrolmentAction({ code }),
            (r) => showCodes(r.backupCodes),
          );
        }}
      >
        <h2 className="text-base font-semibold text-slate-800">{t('step1')}</h2>
        <div
          role="img"
          aria-label={t('qrAlt')}
          className="h-48 w-48 rounded border border-slate-200 bg-white p-1 [&>svg]:h-full [&>svg]:w-full"
          data-testid="totp-qr"
          // the SVG is made on the server by the `qrcode` package from our own otpauth URI
          dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
        />
        <p className="text-sm text-slate-600">
          {t('manualKey')}
          <code className="ml-1 block break-all rounded bg-slate-100 px-2 py-1 font-mono text-sm text-slate-900 sm:inline" data-testid="totp-key">
            {enrolment.manualKey}
          </code>
        </p>
        <h2 className="text-base font-semibold text-slate-800">{t('step2')}</h2>
        <label className="block max-w-xs">
          <span className="mb-1 block text-sm font-medium text-slate-700">{t('code')}</span>
          <input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={8} required className={inputCls} data-testid="totp-code" />
        </label>
        <AccountError failure={step.failure} />
        <button type="submit" className={primaryBtn} disabled={step.pending}>
          {t('confirm')}
        </button>
      </form>
    );
  }

  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const password = String(new FormData(e.currentTarget).get('password') ?? '');
        step.run(() => startEnrolmentAction({ password }), setEnrolment);
      }}
    >
      <p className="text-sm text-slate-600" data-testid="two-factor-off">
        {t('disabledState')}
      </p>
      <label className="block max-w-xs">
        <span className="mb-1 block text-sm font-medium text-slate-700">{t('password')}</span>
        <input name="password" type="password" autoComplete="current-password" required maxLength={128} className={inputCls} />
      </label>
      <AccountError failure={step.failure} />
      <button type="submit" className={primaryBtn} disabled={step.pending} data-testid="two-factor-start">
        {t('start')}
      </button>
    </form>
  );
}

function TwoFactorDisable() {
  const t = useTranslations('account.twoFactor');
  const router = useRouter();
  const step = useStep();
  const [done, setDone] = useState(false);
  if (done) return <FormNotice>{t('disabledNow')}</FormNotice>;
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const password = String(new FormData(e.currentTarget).get('password') ?? '');
        step.run(
          () => disableTwoFactorAction({ password }),
          () => (setDone(true), router.refresh()),
        );
      }}
    >
      <p className="text-sm text-slate-600">{t('disableHint')}</p>
      <label className="block max-w-xs">
        <span className="mb-1 block text-sm font-medium text-slate-700">{t('password')}</span>
        <input name="password" type="password" autoComplete="current-password" required maxLength={128} className={inputCls} />
      </label>
      <AccountError failure={step.failure} />
      <button type="submit" className={dangerBtn} disabled={step.pending} data-testid="two-factor-disable">
        {t('disable')}
      </button>
    </form>
  );
}
