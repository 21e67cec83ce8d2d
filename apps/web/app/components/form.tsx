// Form building blocks: a labelled field with its error beside it (aria-invalid, aria-describedby),
// form-level errors and notices, buttons. Errors arrive as catalog messages from the action.
import { type ComponentProps, type ReactNode, useId } from 'react';
import { useT } from '../lib/i18n.ts';
import { type Message, translateMessage } from '../lib/messages.ts';

export const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-brand-600 aria-invalid:border-danger-600 sm:text-sm';

type InputProps = Omit<ComponentProps<'input'>, 'className' | 'id'>;

export function TextField({
  label,
  hint,
  error,
  className,
  ...input
}: InputProps & {
  label: ReactNode;
  hint?: ReactNode;
  error?: Message | null | undefined;
  className?: string;
}) {
  const t = useT();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-danger-700">
          {translateMessage(t, error)}
        </p>
      ) : null}
    </div>
  );
}

export function SelectField({
  label,
  error,
  children,
  className,
  ...select
}: Omit<ComponentProps<'select'>, 'className' | 'id'> & {
  label: ReactNode;
  error?: Message | null | undefined;
  className?: string;
}) {
  const t = useT();
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...select}
      >
        {children}
      </select>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-danger-700">
          {translateMessage(t, error)}
        </p>
      ) : null}
    </div>
  );
}

/** An error about the whole form (wrong password, throttled …), announced when it appears. */
export function FormError({ error }: { error: Message | null | undefined }) {
  const t = useT();
  if (!error) return null;
  return (
    <p
      role="alert"
      className="rounded-md border border-danger-200 bg-danger-50 px-3 py-2 text-sm text-danger-700"
    >
      {translateMessage(t, error)}
    </p>
  );
}

/** A confirmation that something worked. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p
      role="status"
      className="rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-800"
    >
      {children}
    </p>
  );
}

const buttonBase =
  'inline-flex min-h-10 items-center justify-center gap-2 whitespace-nowrap rounded-md px-4 py-2 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60';

export const buttonClass = {
  primary: `${buttonBase} bg-brand-700 text-white hover:bg-brand-800`,
  secondary: `${buttonBase} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`,
  danger: `${buttonBase} border border-danger-600 bg-white text-danger-700 hover:bg-danger-50`,
  small:
    'inline-flex min-h-8 items-center whitespace-nowrap rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100',
  smallDanger:
    'inline-flex min-h-8 items-center whitespace-nowrap rounded-md border border-danger-200 bg-white px-2.5 py-1 text-xs font-medium text-danger-700 hover:bg-danger-50',
};

/** Asks before a destructive post; without JavaScript the post goes straight through. */
export function confirmSubmit(question: string) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    if (!window.confirm(question)) event.preventDefault();
  };
}
