// Copies a one-time link to the clipboard; shown only where the browser allows it.
import { useEffect, useState } from 'react';
import { useT } from '../lib/i18n.ts';
import { buttonClass } from './form.tsx';

export function CopyButton({ value }: { value: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const [canCopy, setCanCopy] = useState(false);
  useEffect(() => setCanCopy(typeof navigator !== 'undefined' && Boolean(navigator.clipboard)), []);
  if (!canCopy) return null;
  return (
    <button
      type="button"
      className={buttonClass.secondary}
      onClick={() => {
        void navigator.clipboard.writeText(value).then(() => setCopied(true));
      }}
    >
      <span aria-live="polite">{copied ? t('form.copied') : t('form.copy')}</span>
    </button>
  );
}

/** The one-time invitation link, to send by WeChat or SMS. */
export function InvitationLink({ link }: { link: string }) {
  const t = useT();
  return (
    <div>
      <p className="text-sm font-medium">{t('invite.linkLabel')}</p>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row sm:items-start">
        <code
          className="block min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs break-all select-all"
          data-testid="invitation-link"
        >
          {link}
        </code>
        <CopyButton value={link} />
      </div>
    </div>
  );
}
