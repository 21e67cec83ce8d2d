import { index, type RouteConfig, route } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('sign-in', 'routes/sign-in.tsx'),
  route('locale', 'routes/locale.ts'),
  route('api/trpc/*', 'routes/api.trpc.ts'),
] satisfies RouteConfig;
