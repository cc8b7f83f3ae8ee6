'use client';
// A text input or textarea with a live character counter that never cuts what is typed or pasted.
import { useTranslations } from 'next-intl';

/**
 * A text field with a live counter (1980/2000). Over the limit nothing is cut (a textarea's maxLength would
 * silently drop pasted text): the counter turns red and says by how much, and the form refuses to save it.
 */
export function LimitedText(props: {
  id?: string;
  value: string;
  max: number;
  onChange: (v: string) => void;
  className: string;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
}) {
  const t = useTranslations('submission');
  const len = props.value.trim().length;
  const over = len > props.max;
  // short fields show the counter only as they near the limit; long ones always
  const show = over || props.multiline || len >= props.max * 0.8;
  const counterId = props.id ? `${props.id}-count` : undefined;
  const shared = {
    id: props.id,
    value: props.value,
    placeholder: props.placeholder,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => props.onChange(e.target.value),
    'aria-invalid': over ? true : undefined,
    'aria-describedby': show ? counterId : undefined,
    className: `${props.className} ${over ? 'border-red-500 bg-red-50' : ''}`,
  };
  return (
    <>
      {props.multiline ? <textarea rows={props.rows} {...shared} /> : <input {...shared} />}
      {show && (
        <div id={counterId} data-testid="char-counter" className={`mt-1 text-right text-xs ${over ? 'font-medium text-red-700' : 'text-slate-500'}`}>
          {over ? t('overBy', { n: len, max: props.max, over: len - props.max }) : t('chars', { n: len, max: props.max })}
        </div>
      )}
    </>
  );
}
