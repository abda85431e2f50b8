// custom-elements.json is generated from the elements' JSDoc; `npm run analyze` writes it, `npm test` checks it.
import { rolefitManifestPlugin } from './scripts/manifest-plugin.mjs';

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  // Never rewrite package.json's "customElements" field (it would point at the check's temporary folder).
  packagejson: false,
  plugins: [rolefitManifestPlugin()],
};
