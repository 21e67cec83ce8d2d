// Form parts beyond form.tsx's text and select fields: an error line for grouped controls, a
// multi-line field, a checkbox and the done/not-done mark of checklists.
import { type ComponentProps, type ReactNode, useId } from 'react';
import { useT } from '../lib/i18n.ts';
import { type Message, translateMessage } from '../lib/messages.ts';
import { inputClass } from './form.tsx';

/** The error of a fieldset or a control drawn without TextField. */
export function FieldMessage({ error, id }: { error: Message | null | undefined; id?: string }) {
  const t = useT();
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm text-danger-700">
      {translateMessage(t, error)}
    </p>
  );
}

/** A multi-line field: prose by default; `monospace` for codes and lists (dates, one a line). */
export function TextAreaField({
  label,
  hint,
  error,
  className,
  monospace = false,
  ...textarea
}: Omit<ComponentProps<'textarea'>, 'className' | 'id'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: Message | null | undefined;
  className?: string;
  monospace?: boolean;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        className={monospace ? `${inputClass} font-mono` : inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...textarea}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldMessage error={error} id={`${id}-error`} />
    </div>
  );
}

export function CheckboxField({
  label,
  className,
  ...input
}: Omit<ComponentProps<'input'>, 'className' | 'type'> & { label: ReactNode; className?: string }) {
  return (
    <label
      className={`flex min-h-10 items-center gap-2.5 rounded-md px-1 text-sm text-slate-800 ${className ?? ''}`}
    >
      <input type="checkbox" className="size-4 shrink-0 accent-brand-700" {...input} />
      <span>{label}</span>
    </label>
  );
}

/**
 * A checklist mark: a filled tick for done, an empty ring for not yet. Neutral and brand tones
 * only — red, yellow and blue mean risk in this product.
 */
export function DoneMark({ done, label }: { done: boolean; label?: string }) {
  const t = useT();
  const text = label ?? (done ? t('checklist.done') : t('checklist.notDone'));
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap" data-done={done}>
      {done ? (
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-5 shrink-0 rounded-full bg-brand-700 p-0.5 text-white"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
        >
          <path strokeLinecap="round" strokeLinejoin="round" d="m5 10.5 3.2 3L15 7" />
        </svg>
      ) : (
        <span
          aria-hidden="true"
          className="size-5 shrink-0 rounded-full border-2 border-dashed border-slate-400"
        />
      )}
      <span className={done ? 'text-slate-900' : 'text-slate-600'}>{text}</span>
    </span>
  );
}
