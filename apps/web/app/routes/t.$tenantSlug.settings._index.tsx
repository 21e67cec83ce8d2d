// `/settings` opens the first tab.
import { redirect } from 'react-router';
import type { Route } from './+types/t.$tenantSlug.settings._index';

export function loader({ params }: Route.LoaderArgs) {
  return redirect(`/t/${params.tenantSlug}/settings/tiers`);
}
