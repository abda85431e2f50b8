import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [react()],
  // In `vite dev`, pre-bundled dependencies move to node_modules/.vite, away from rolefit's built-in feed.
  optimizeDeps: { exclude: ['rolefit'] },
  logLevel: 'warn',
});
