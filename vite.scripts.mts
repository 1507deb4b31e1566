// Config for `vite-node` scripts (demo, bench): plain Node with Vite's transforms (`?raw`, import.meta.glob).
import { defineConfig } from 'vite'

export default defineConfig({
  logLevel: 'warn',
  // Node resolves dependencies itself; pre-bundling is for browsers.
  optimizeDeps: { noDiscovery: true, include: [] },
})
