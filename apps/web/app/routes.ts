import { index, type RouteConfig, route } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('sign-in', 'routes/sign-in.tsx'),
  route('sign-in/two-factor', 'routes/sign-in.two-factor.tsx'),
  route('sign-out', 'routes/sign-out.ts'),
  route('invitation/:token', 'routes/invitation.$token.tsx'),
  route('account/two-factor', 'routes/account.two-factor.tsx'),
  route('account/sessions', 'routes/account.sessions.tsx'),
  route(
    't/:tenantSlug',
    'routes/t.$tenantSlug.tsx',
    { id: 'tenant' /* TENANT_ROUTE_ID in lib/tenant-data.ts */ },
    [
      index('routes/t.$tenantSlug._index.tsx'),
      route('members', 'routes/t.$tenantSlug.members.tsx'),
      route('audit', 'routes/t.$tenantSlug.audit.tsx'),
    ],
  ),
  route('locale', 'routes/locale.ts'),
  route('api/trpc/*', 'routes/api.trpc.ts'),
] satisfies RouteConfig;
