// The result of a page action with several forms (an `intent` per form): a notice or a failure,
// tagged with the intent and the row it was about, so each form shows only its own outcome.
import type { FormFailure, Message } from './messages.ts';

export type IntentResult<Field extends string = string, Extra = unknown> =
  | ({ ok: true; intent: string; notice: Message; target?: string } & Extra)
  | (FormFailure<Field> & { intent: string; target?: string });

/** The failure of this intent (and row), for the form that posted it. */
export function failureOf<Field extends string>(
  result: IntentResult<Field> | undefined,
  intent: string,
  target?: string,
): FormFailure<Field> | undefined {
  if (!result || result.ok || result.intent !== intent) return undefined;
  if (target !== undefined && result.target !== target) return undefined;
  return result;
}
