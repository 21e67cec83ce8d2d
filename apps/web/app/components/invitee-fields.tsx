// Who is invited: the login and name fields shared by the members page and a town's
// administrator invitation.
import { useT } from '../lib/i18n.ts';
import type { FormFailure } from '../lib/messages.ts';
import { TextField } from './form.tsx';

export function InviteeFields({
  failure,
}: {
  failure: Pick<FormFailure<'login' | 'displayName'>, 'values' | 'fieldErrors'> | undefined;
}) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('invite.login')}
        hint={t('invite.loginHint')}
        name="login"
        autoComplete="off"
        required
        defaultValue={failure?.values?.login ?? ''}
        error={failure?.fieldErrors?.login}
      />
      <TextField
        label={t('invite.name')}
        name="displayName"
        autoComplete="off"
        required
        maxLength={60}
        defaultValue={failure?.values?.displayName ?? ''}
        error={failure?.fieldErrors?.displayName}
      />
    </>
  );
}
