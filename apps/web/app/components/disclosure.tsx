// A menu that opens without JavaScript (<details>); with it, a click outside or Escape closes it
// and so does navigating (the caller keys it on the location).
import { type ReactNode, useEffect, useRef } from 'react';

export function Disclosure({
  summary,
  summaryLabel,
  summaryClassName,
  className,
  panelClassName,
  children,
  testId,
}: {
  summary: ReactNode;
  summaryLabel?: string;
  summaryClassName?: string;
  className?: string;
  panelClassName?: string;
  children: ReactNode;
  testId?: string;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onClick = (event: MouseEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && details.open) {
        details.open = false;
        details.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  return (
    <details ref={ref} className={`group relative ${className ?? ''}`} data-testid={testId}>
      <summary
        aria-label={summaryLabel}
        className={`cursor-pointer select-none ${summaryClassName ?? ''}`}
      >
        {summary}
      </summary>
      <div
        className={`absolute z-30 mt-2 rounded-lg border border-slate-200 bg-white shadow-lg ${panelClassName ?? ''}`}
      >
        {children}
      </div>
    </details>
  );
}

export function ChevronDown() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-4 shrink-0 text-slate-500 transition-transform group-open:rotate-180"
      fill="currentColor"
    >
      <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
    </svg>
  );
}
