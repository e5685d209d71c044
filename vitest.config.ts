import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Builds dist/ first when the sources changed since: the end-to-end tests run the bundle.
    globalSetup: ['__tests__/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Tests that run dist/index.js start real processes; two cores here, so a few at a time.
    maxWorkers: 2,
  },
});
