// Bundles the compiled library (lib/, written by tsc) into one self-contained ES module: dist/rolefit.js.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'lib/define.js',
  output: {
    file: 'dist/rolefit.js',
    format: 'es',
    sourcemap: true,
    // One file, no import() anywhere: a page loads exactly one script.
    inlineDynamicImports: true,
  },
  plugins: [
    // `production` picks Lit's production build (no dev-mode warnings or checks).
    nodeResolve({ exportConditions: ['production'], browser: true }),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
