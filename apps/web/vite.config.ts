import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves dist/ and /graphql on one origin in production; in development Vite proxies to it.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:3000', changeOrigin: true, ws: true },
      // REST endpoints of the API, e.g. the data export download.
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
