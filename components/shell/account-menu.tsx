'use client';
// 账号安全: the signed-in user's name is a button that opens a small panel (修改密码, 我的登录设备, 两步验证 with its
// state, 退出登录). A disclosure, not an ARIA menu: the button says aria-expanded, the panel holds ordinary links and
// a form, Tab walks through them. Escape closes and gives focus back to the button; a click or focus outside closes.
import { useEffect, useId, useRef, useState } from 'react';

export function AccountMenu({ label, button, children }: { label: string; button: React.ReactNode; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      trigger.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof Node && !root.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onFocus);
    };
  }, [open]);

  return (
    <div ref={root} className="relative min-w-0" data-testid="header-menu">
      <button
        ref={trigger}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        onClick={() => setOpen((o) => !o)}
        className="flex min-w-0 max-w-full items-center gap-2 rounded-md border border-white/60 px-2.5 py-1 text-left text-sm hover:bg-white/10 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
        data-testid="account-menu-button"
      >
        {button}
        <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-4 w-4 shrink-0 fill-current transition-transform ${open ? 'rotate-180' : ''}`}>
          <path d="M5.3 7.3 10 12l4.7-4.7 1.4 1.4L10 14.8 3.9 8.7z" />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-30 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-lg bg-white p-4 text-slate-900 shadow-xl ring-1 ring-slate-200"
        data-testid="account-menu-panel"
      >
        {children}
      </div>
    </div>
  );
}
