import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // Vue must leave the rolefit-* tags to the browser: they are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('rolefit-') } } })],
  base: './',
  logLevel: 'warn',
});
