import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { root: '/work/main', include: ['tests/server/**/*.test.ts'], environment: 'node', hookTimeout: 180_000, testTimeout: 180_000 } });
