import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the renderer for the app:// protocol. The CSP allows only same-origin scripts, styles and
 * fonts, so the output must contain no inline script or style and no data: fonts:
 * - `modulePreload.polyfill: false` drops Vite's inline preload polyfill (Chromium has it natively);
 * - `assetsInlineLimit: 0` keeps every asset (fonts included) a file instead of a data: URL;
 * - `base: './'` keeps URLs relative, so the bundle works from any app:// path.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // The renderer runs only in Electron's Chromium.
    target: 'chrome130',
    sourcemap: false,
    // The zxcvbn dictionaries (a lazy chunk loaded only when creating a workspace) are ~1.7 MB, read
    // from the local disk, never the network: the default 500 kB warning does not apply.
    chunkSizeWarningLimit: 2000,
  },
});
