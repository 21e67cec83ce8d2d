// The server half of action-result.ts, for a page with several forms: which form posted (its
// `intent`), and the API's refusal tagged with that intent and row so only that form shows it.
import { data } from 'react-router';
import type { AppContext } from '../context.server.ts';
import type { IntentResult } from './action-result.ts';
import { failureStatus, formFailure } from './api-errors.server.ts';

/**
 * The posted form, its intent and its fields as trimmed text. An intent none of the page's forms
 * posts is a malformed request (400), not something to show beside a form.
 */
export async function readIntentForm<Intent extends string>(
  request: Request,
  intents: readonly Intent[],
) {
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  if (!(intents as readonly string[]).includes(intent)) throw data(null, { status: 400 });
  const text = (name: string) => String(form.get(name) ?? '').trim();
  return { form, intent: intent as Intent, text };
}

/** The response for an intent the API refused: formFailure's failure, for `target`'s form. */
export function intentFailure<Field extends string>(
  app: AppContext,
  error: unknown,
  {
    intent,
    target,
    ...options
  }: NonNullable<Parameters<typeof formFailure<Field>>[2]> & { intent: string; target?: string },
) {
  return data<IntentResult<Field>>(
    { ...formFailure<Field>(app, error, options), intent, ...(target ? { target } : {}) },
    { status: failureStatus(error) },
  );
}
