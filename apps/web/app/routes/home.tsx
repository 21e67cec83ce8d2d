// `/`: the first unit of the signed-in person (the county before its towns), or a page saying
// they belong to none yet.
import { redirect } from 'react-router';
import { AuthFrame, SignOutButton } from '../components/auth-frame.tsx';
import { appContext } from '../context.server.ts';
import { api } from '../lib/api.server.ts';
import { useT } from '../lib/i18n.ts';
import { requireAuth } from '../lib/session.server.ts';
import type { Route } from './+types/home';

export async function loader({ request, context }: Route.LoaderArgs) {
  const app = context.get(appContext);
  const auth = await requireAuth(request, app);
  const tenants = await api(request, app, auth).tenant.listMine();
  const first = tenants[0];
  if (first) throw redirect(`/t/${first.slug}`);
  return { displayName: auth.user.displayName };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <AuthFrame title={t('home.noTenant.title')} footer={<SignOutButton />}>
      <p className="text-slate-700">
        {t('home.noTenant.greeting', { name: loaderData.displayName })}
      </p>
      <p className="mt-2 text-slate-700">{t('home.noTenant.body')}</p>
    </AuthFrame>
  );
}
