// Unit, process and integration tests of the web app; the React Router plugin is left out on
// purpose and e2e specs belong to Playwright. Integration tests get their database from the
// shared PostgreSQL set-up (embedded, or the server at DATABASE_URL), as the packages' tests do.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['../../packages/db/src/testing/global-setup.ts'],
    include: ['app/**/*.test.ts', 'server/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
