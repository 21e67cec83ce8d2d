// The outcome of one form on a page with several: its notice, or its error when no field shows it.

import type { IntentResult } from '../lib/action-result.ts';
import { useT } from '../lib/i18n.ts';
import { FormError, Notice } from './form.tsx';

export function IntentNotice({
  result,
  intent,
  target,
  showFieldErrors = true,
}: {
  result: IntentResult | undefined;
  intent: string | readonly string[];
  target?: string;
  /** False when the form shows its field errors beside the fields itself. */
  showFieldErrors?: boolean;
}) {
  const t = useT();
  const intents: readonly string[] = typeof intent === 'string' ? [intent] : intent;
  if (!result || !intents.includes(result.intent)) return null;
  if (target !== undefined && result.target !== target) return null;
  if (result.ok) return <Notice>{t(result.notice.key, result.notice.params)}</Notice>;
  const error =
    result.formError ?? (showFieldErrors ? Object.values(result.fieldErrors ?? {})[0] : undefined);
  return <FormError error={error} />;
}
