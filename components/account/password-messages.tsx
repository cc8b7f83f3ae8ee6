'use client';
// Every reason a password field was refused, in the user's language: policy reasons (passwordPolicy.problems.*,
// tooFewKinds naming the kinds the password has) and the change form's own (accountPassword.*).
import { useTranslations } from 'next-intl';
import type { Failure } from '@/components/ui/form-kit';

const KINDS = ['upper', 'lower', 'digit', 'symbol'] as const;

export function usePasswordMessages(failure: Failure | null) {
  const t = useTranslations();
  return (field: string): string[] => {
    const keys = failure?.fieldErrors?.[field] ?? [];
    const present = String(failure?.params?.passwordKinds ?? '')
      .split(',')
      .filter((k): k is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(k));
    const have =
      present.length > 0 ? present.map((k) => t(`passwordPolicy.kinds.${k}`)).join(t('passwordPolicy.kindSeparator')) : t('passwordPolicy.kinds.none');
    return keys.map((key) => {
      if (key.includes('.') && t.has(key)) return t(key, { have });
      if (t.has(`validation.${key}`)) return t(`validation.${key}`);
      return t('validation.invalid');
    });
  };
}

/** The reasons as one text for a form-kit Field's error (each ends with its own full stop). */
export function joinReasons(reasons: string[]): string | null {
  return reasons.length > 0 ? reasons.join(' ') : null;
}
