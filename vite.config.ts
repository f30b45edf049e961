import { defineConfig } from 'vite';
import { serveDatasets } from './scripts/vite/serveDatasets.ts';
import { devCsp } from './scripts/vite/devCsp.ts';

// base './' so the built site works from any static server, also under a sub-path.
export default defineConfig({
  base: './',
  plugins: [serveDatasets(), devCsp()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // dist/.vite/manifest.json: which chunks the entry imports statically, so npm run bench counts first-load JS apart from lazy chunks.
    manifest: true,
  },
});
