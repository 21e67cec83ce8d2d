import { defineConfig } from 'vitest/config';

// Rendering embeds an 8 MB CJK font and the spreadsheet tests build 10,000-row files, so the
// timeouts are generous; no test asserts on speed.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
