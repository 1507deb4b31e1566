import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

const alias = {
  '@shared': resolve(import.meta.dirname, 'src-main/shared'),
  '@': resolve(import.meta.dirname, 'src-renderer/src'),
}

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'core',
          environment: 'node',
          include: ['tests/core/**/*.test.ts', 'tests/transports/**/*.test.ts'],
          // On a slow 2-core CI machine a test that types into a large Element Plus form under happy-dom can take
          // 5–10 s. Timeouts only catch hangs; speed is measured by `npm run bench`.
          testTimeout: 30_000,
        },
      },
      {
        plugins: [vue()],
        resolve: { alias },
        test: {
          name: 'renderer',
          // Element Plus must go through Vite's transform, as in the app: Node alone loads its async-validator
          // dependency as a namespace object and every form rule silently passes.
          server: { deps: { inline: ['element-plus'] } },
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
