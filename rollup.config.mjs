// Bundles the compiled library (lib/, written by tsc) into one self-contained ES module: dist/rolefit.js.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { compactTemplates } from './scripts/compact-templates.mjs';
import { internalNames, internalPropertyPattern } from './scripts/internal-names.mjs';
import { stylesFirst } from './scripts/styles-first.mjs';

export default {
  // lib/define.js, with the style sheets placed first in the bundle (see scripts/styles-first.mjs).
  input: 'rolefit-bundle-entry',
  output: {
    file: 'dist/rolefit.js',
    format: 'es',
    sourcemap: true,
    // One file, no import() anywhere: a page loads exactly one script.
    inlineDynamicImports: true,
  },
  plugins: [
    stylesFirst({ entry: 'lib/define.js', sheets: 'lib/elements' }),
    compactTemplates(),
    // `production` picks Lit's production build (no dev-mode warnings or checks).
    nodeResolve({ exportConditions: ['production'], browser: true }),
    // Checks the table of internal property names that terser renames below (scripts/internal-names.mjs).
    internalNames(),
    terser({
      ecma: 2022,
      module: true,
      // No joining of statements into comma sequences and inlining only of simple functions: the longer output
      // repeats itself more, which gzip turns into fewer bytes (measured: 46 B min+gzip).
      compress: { passes: 3, sequences: false, inline: 1 },
      // Internal state and object shapes get short names, from one checked table (as Lit renames its private fields).
      mangle: { properties: { regex: internalPropertyPattern } },
      format: { comments: false },
    }),
  ],
};
