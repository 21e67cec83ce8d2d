// A tenant's people: members and their roles (grant, revoke), invitations (list, invite, revoke).
import { formatDate } from '@concord/i18n';
import { Form, useNavigation } from 'react-router';
import { InvitationLink } from '../components/copy-button.tsx';
import {
  buttonClass,
  confirmSubmit,
  FormError,
  inputClass,
  Notice,
  SelectField,
} from '../components/form.tsx';
import { IntentNotice } from '../components/intent-notice.tsx';
import { InviteeFields } from '../components/invitee-fields.tsx';
import {
  Badge,
  type BadgeTone,
  Card,
  ChildErrorBoundary,
  EmptyState,
  PageHeader,
  Section,
  Table,
  tdClass,
  thClass,
} from '../components/page.tsx';
import type { IntentResult } from '../lib/action-result.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import { intentFailure, readIntentForm } from '../lib/intent-form.server.ts';
import { message } from '../lib/messages.ts';
import { isRole, type Role, roleKey, rolesForKind } from '../lib/roles.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { allows, useTenantData } from '../lib/tenant-data.ts';
import type { Route } from './+types/t.$tenantSlug.members';

type InvitationState = 'pending' | 'accepted' | 'revoked' | 'expired';

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const current = await guard(caller.tenant.current({ tenantSlug }));
  const [memberships, invitations] = await Promise.all([
    guard(caller.member.list({ tenantSlug })),
    current.permissions.includes('member:invite')
      ? guard(caller.member.listInvitations({ tenantSlug }))
      : null,
  ]);
  // One row per person, their roles together.
  const people = new Map<
    string,
    {
      userId: string;
      displayName: string;
      login: string | null;
      since: Date;
      twoFactor: boolean;
      roles: { membershipId: string; role: Role }[];
    }
  >();
  for (const row of memberships) {
    const person = people.get(row.userId) ?? {
      userId: row.userId,
      displayName: row.displayName,
      login: row.phone ?? row.email,
      since: row.since,
      twoFactor: row.twoFactor !== null,
      roles: [],
    };
    if (row.since < person.since) person.since = row.since;
    person.roles.push({ membershipId: row.membershipId, role: row.role });
    people.set(row.userId, person);
  }
  const now = Date.now();
  return {
    members: [...people.values()],
    invitations:
      invitations?.map((invitation) => ({
        ...invitation,
        state: (invitation.acceptedAt
          ? 'accepted'
          : invitation.revokedAt
            ? 'revoked'
            : invitation.expiresAt.getTime() <= now
              ? 'expired'
              : 'pending') satisfies InvitationState as InvitationState,
      })) ?? null,
  };
}

type InviteField = 'login' | 'displayName' | 'role';

type ActionResult = IntentResult<
  InviteField,
  { invitation?: { link: string; name: string; expiresAt: Date } }
>;

export async function action(args: Route.ActionArgs) {
  const { app, caller, tenantSlug } = await tenantRoute(args);
  const { intent, text } = await readIntentForm(args.request, [
    'invite',
    'revokeInvitation',
    'grantRole',
    'revokeRole',
  ]);
  switch (intent) {
    case 'invite': {
      const values = { login: text('login'), displayName: text('displayName'), role: text('role') };
      try {
        const invitation = await caller.member.invite({
          tenantSlug,
          login: values.login,
          displayName: values.displayName,
          role: values.role as Role,
        });
        const origin = app.env.PUBLIC_ORIGIN ?? new URL(args.request.url).origin;
        return {
          ok: true,
          intent,
          notice: message('invite.createdShort'),
          invitation: {
            link: `${origin.replace(/\/$/, '')}/invitation/${invitation.token}`,
            name: values.displayName,
            expiresAt: invitation.expiresAt,
          },
        } satisfies ActionResult;
      } catch (error) {
        return intentFailure<InviteField>(app, error, {
          intent,
          values,
          codeFields: { LOGIN_INVALID: 'login' },
        });
      }
    }
    case 'revokeInvitation': {
      const invitationId = text('invitationId');
      try {
        await caller.member.revokeInvitation({ tenantSlug, invitationId });
        return {
          ok: true,
          intent,
          notice: message('invitations.revoked'),
          target: invitationId,
        } satisfies ActionResult;
      } catch (error) {
        return intentFailure<InviteField>(app, error, { intent, target: invitationId });
      }
    }
    case 'grantRole': {
      const userId = text('userId');
      const role = text('role');
      try {
        const result = await caller.member.grantRole({ tenantSlug, userId, role: role as Role });
        return {
          ok: true,
          intent,
          notice: message(result.alreadyHeld ? 'members.roleAlreadyHeld' : 'members.roleGranted'),
          target: userId,
        } satisfies ActionResult;
      } catch (error) {
        return intentFailure<InviteField>(app, error, { intent, target: userId });
      }
    }
    case 'revokeRole': {
      const membershipId = text('membershipId');
      const userId = text('userId');
      try {
        await caller.member.revokeRole({ tenantSlug, membershipId });
        return {
          ok: true,
          intent,
          notice: message('members.roleRevoked'),
          target: userId,
        } satisfies ActionResult;
      } catch (error) {
        return intentFailure<InviteField>(app, error, { intent, target: userId });
      }
    }
  }
}

const stateTone: Record<InvitationState, BadgeTone> = {
  pending: 'brand',
  accepted: 'neutral',
  revoked: 'muted',
  expired: 'muted',
};

export default function Members({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const tenantData = useTenantData();
  const navigation = useNavigation();
  const canManage = allows(tenantData, 'member:manage');
  const canInvite = allows(tenantData, 'member:invite');
  const assignable = rolesForKind(tenantData.tenant.kind);
  const result = actionData as ActionResult | undefined;
  const inviteFailure = result && !result.ok && result.intent === 'invite' ? result : undefined;
  const created = result?.ok && result.intent === 'invite' ? result.invitation : undefined;
  const busy = navigation.state === 'submitting';
  return (
    <>
      <PageHeader
        title={t('members.title')}
        description={t('members.intro', { tenant: tenantData.tenant.name })}
      />
      <Section title={t('members.listTitle', { count: loaderData.members.length })} id="members">
        {loaderData.members.length === 0 ? (
          <EmptyState>{t('members.empty')}</EmptyState>
        ) : (
          <Table label={t('members.listTitle', { count: loaderData.members.length })}>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={thClass}>
                  {t('members.name')}
                </th>
                <th scope="col" className={thClass}>
                  {t('members.login')}
                </th>
                <th scope="col" className={thClass}>
                  {t('members.roles')}
                </th>
                <th scope="col" className={thClass}>
                  {t('members.since')}
                </th>
                <th scope="col" className={thClass}>
                  {t('members.twoFactor')}
                </th>
                {canManage ? (
                  <th scope="col" className={thClass}>
                    {t('members.grantRole')}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="members-table">
              {loaderData.members.map((member) => {
                const grantable = assignable.filter(
                  (role) => !member.roles.some((held) => held.role === role),
                );
                return (
                  <tr key={member.userId}>
                    <td className={`${tdClass} font-medium whitespace-nowrap`}>
                      {member.displayName}
                      {member.userId === tenantData.user.id ? (
                        <span className="ml-1 text-xs font-normal text-slate-500">
                          {t('members.you')}
                        </span>
                      ) : null}
                    </td>
                    <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                      {member.login ?? '—'}
                    </td>
                    <td className={tdClass}>
                      <ul className="flex flex-wrap gap-1.5">
                        {member.roles.map((held) => (
                          <li key={held.membershipId} className="inline-flex items-center gap-1">
                            <Badge tone="brand">{t(roleKey(held.role))}</Badge>
                            {canManage ? (
                              <Form
                                method="post"
                                onSubmit={confirmSubmit(
                                  t('members.revokeRoleConfirm', {
                                    name: member.displayName,
                                    role: t(roleKey(held.role)),
                                  }),
                                )}
                              >
                                <input type="hidden" name="intent" value="revokeRole" />
                                <input
                                  type="hidden"
                                  name="membershipId"
                                  value={held.membershipId}
                                />
                                <input type="hidden" name="userId" value={member.userId} />
                                <button
                                  type="submit"
                                  className="inline-flex size-6 items-center justify-center rounded-full text-slate-500 hover:bg-danger-50 hover:text-danger-700"
                                  aria-label={t('members.revokeRoleLabel', {
                                    name: member.displayName,
                                    role: t(roleKey(held.role)),
                                  })}
                                  title={t('members.revokeRoleLabel', {
                                    name: member.displayName,
                                    role: t(roleKey(held.role)),
                                  })}
                                >
                                  <span aria-hidden="true">×</span>
                                </button>
                              </Form>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                      <div className="mt-1.5">
                        <IntentNotice result={result} intent="revokeRole" target={member.userId} />
                        <IntentNotice result={result} intent="grantRole" target={member.userId} />
                      </div>
                    </td>
                    <td className={`${tdClass} whitespace-nowrap`}>
                      {formatDate(locale, member.since)}
                    </td>
                    <td className={`${tdClass} whitespace-nowrap`}>
                      {member.twoFactor ? (
                        t('members.twoFactorOn')
                      ) : (
                        <span className="text-slate-500">{t('members.twoFactorOff')}</span>
                      )}
                    </td>
                    {canManage ? (
                      <td className={tdClass}>
                        {grantable.length > 0 ? (
                          <Form method="post" className="flex items-center gap-1.5">
                            <input type="hidden" name="intent" value="grantRole" />
                            <input type="hidden" name="userId" value={member.userId} />
                            <select
                              name="role"
                              aria-label={t('members.grantRoleLabel', { name: member.displayName })}
                              className={`${inputClass} mt-0 w-auto py-1 text-sm`}
                            >
                              {grantable.map((role) => (
                                <option key={role} value={role}>
                                  {t(roleKey(role))}
                                </option>
                              ))}
                            </select>
                            <button type="submit" className={buttonClass.small} disabled={busy}>
                              {t('members.grant')}
                            </button>
                          </Form>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </Section>

      {canInvite && loaderData.invitations ? (
        <Section title={t('invitations.title')} id="invitations">
          <Card className="mb-4">
            <h3 className="text-base font-semibold">{t('invite.title')}</h3>
            <p className="mt-1 text-sm text-slate-600">{t('invite.intro')}</p>
            {created ? (
              <div className="mt-4 space-y-3">
                <Notice>
                  {t('invite.created', {
                    name: created.name,
                    date: formatDate(locale, created.expiresAt),
                  })}
                </Notice>
                <InvitationLink link={created.link} />
              </div>
            ) : null}
            <Form
              method="post"
              className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-start"
              noValidate
              key={created?.link ?? 'invite'}
            >
              <input type="hidden" name="intent" value="invite" />
              <div className="sm:col-span-2 lg:col-span-4">
                <FormError error={inviteFailure?.formError} />
              </div>
              <InviteeFields failure={inviteFailure} />
              <SelectField
                label={t('invite.role')}
                name="role"
                defaultValue={
                  inviteFailure?.values?.role ??
                  (assignable.includes('mediator') ? 'mediator' : assignable[0])
                }
                error={inviteFailure?.fieldErrors?.role}
              >
                {assignable.map((role) => (
                  <option key={role} value={role}>
                    {t(roleKey(role))}
                  </option>
                ))}
              </SelectField>
              <div className="lg:pt-6">
                <button type="submit" className={`${buttonClass.primary} w-full`} disabled={busy}>
                  {t('invite.submit')}
                </button>
              </div>
            </Form>
          </Card>
          <IntentNotice result={result} intent="revokeInvitation" />
          {loaderData.invitations.length === 0 ? (
            <EmptyState>{t('invitations.empty')}</EmptyState>
          ) : (
            <div className="mt-3">
              <Table label={t('invitations.title')}>
                <thead className="bg-slate-50">
                  <tr>
                    <th scope="col" className={thClass}>
                      {t('invitations.name')}
                    </th>
                    <th scope="col" className={thClass}>
                      {t('invitations.login')}
                    </th>
                    <th scope="col" className={thClass}>
                      {t('invitations.role')}
                    </th>
                    <th scope="col" className={thClass}>
                      {t('invitations.state')}
                    </th>
                    <th scope="col" className={thClass}>
                      {t('invitations.created')}
                    </th>
                    <th scope="col" className={thClass}>
                      {t('invitations.expires')}
                    </th>
                    <th scope="col" className={thClass}>
                      <span className="sr-only">{t('invitations.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100" data-testid="invitations-table">
                  {loaderData.invitations.map((invitation) => (
                    <tr key={invitation.id}>
                      <td className={`${tdClass} font-medium whitespace-nowrap`}>
                        {invitation.displayName}
                      </td>
                      <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                        {invitation.login}
                      </td>
                      <td className={`${tdClass} whitespace-nowrap`}>
                        {isRole(invitation.role) ? t(roleKey(invitation.role)) : invitation.role}
                      </td>
                      <td className={tdClass}>
                        <Badge tone={stateTone[invitation.state]}>
                          {t(`invitations.state.${invitation.state}`)}
                        </Badge>
                      </td>
                      <td className={`${tdClass} whitespace-nowrap`}>
                        {formatDate(locale, invitation.createdAt)}
                      </td>
                      <td className={`${tdClass} whitespace-nowrap`}>
                        {formatDate(locale, invitation.expiresAt)}
                      </td>
                      <td className={`${tdClass} text-right`}>
                        {invitation.state === 'pending' ? (
                          <Form
                            method="post"
                            onSubmit={confirmSubmit(
                              t('invitations.revokeConfirm', { name: invitation.displayName }),
                            )}
                          >
                            <input type="hidden" name="intent" value="revokeInvitation" />
                            <input type="hidden" name="invitationId" value={invitation.id} />
                            <button
                              type="submit"
                              className={buttonClass.smallDanger}
                              aria-label={t('invitations.revokeLabel', {
                                name: invitation.displayName,
                              })}
                            >
                              {t('invitations.revoke')}
                            </button>
                          </Form>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          )}
        </Section>
      ) : null}
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
