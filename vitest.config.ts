import { defineConfig } from 'vitest/config';

// Two projects: the domain and content checks run in plain Node without Astro's Vite pipeline
// (faster, and proves src/lib needs no framework); island tests run in jsdom with Preact's JSX.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    globals: true,
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: { name: 'lib', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'islands',
          include: ['tests/unit/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/support/islands-setup.ts'],
        },
      },
    ],
  },
});
