import { defineConfig } from 'vite';

// The script embed: an ES module and its stylesheet under fixed names, assets beside them.
// Not Vite's library mode, which would inline every asset (the 500 KB MapLibre worker among them).
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist-lib',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    cssCodeSplit: false,
    rollupOptions: {
      input: { 'border-atlas': 'src/lib/index.ts' },
      output: { entryFileNames: '[name].js', assetFileNames: (a) => (a.names?.[0]?.endsWith('.css') ? 'border-atlas.css' : 'assets/[name]-[hash][extname]') },
    },
  },
});
