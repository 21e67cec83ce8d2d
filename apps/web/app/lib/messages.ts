// Messages that cross from the server to the page: a catalog key and its parameters, translated
// in the component, so an action's error appears in the reader's language.
import { catalogs, type MessageKey, type MessageParams, type Translate } from '@concord/i18n';

export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export function message(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogs['zh-CN'], key);
}

/** `error.code.<CODE>` for a stable API error code; unknown codes get a generic message. */
export function errorCodeMessage(code: string, params?: MessageParams): Message {
  const key = `error.code.${code}`;
  return message(isMessageKey(key) ? key : 'error.code.UNKNOWN', params);
}

export function translateMessage(t: Translate, value: Message | null | undefined): string | null {
  return value ? t(value.key, value.params) : null;
}

/** What a failed form post returns: errors beside the fields, one for the form, and the input. */
export interface FormFailure<Field extends string = string> {
  ok: false;
  formError?: Message;
  fieldErrors?: Partial<Record<Field, Message>>;
  values?: Partial<Record<Field, string>>;
}
