import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app: built into dist/web and served by the Wayfinder server.
export default defineConfig({
  root: '.',
  plugins: [react()],
  build: { outDir: 'dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:4747' } },
});
