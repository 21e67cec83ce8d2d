// A multi-line field for prose (a dispute's facts, minutes, reasons): fields.tsx's TextAreaField
// is set in a monospace face for codes and lists, which reads badly for sentences.
import { type ComponentProps, type ReactNode, useId } from 'react';
import type { Message } from '../lib/messages.ts';
import { FieldMessage } from './fields.tsx';
import { inputClass } from './form.tsx';

export function ProseField({
  label,
  hint,
  error,
  className,
  ...textarea
}: Omit<ComponentProps<'textarea'>, 'className' | 'id'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: Message | null | undefined;
  className?: string;
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
        className={inputClass}
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
