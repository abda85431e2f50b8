// `node scripts/bundle-stats.mjs` (after `npm run build`): what each module adds to dist/rolefit.js,
// minified and gzipped on its own (an upper bound: gzip shares context across modules in the real bundle).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';

const bundle = await rollup({
  input: 'lib/define.js',
  onwarn() {},
  plugins: [nodeResolve({ exportConditions: ['production'], browser: true })],
});
const { output } = await bundle.generate({ format: 'es' });
const rows = [];
for (const [id, module] of Object.entries(output[0].modules)) {
  if (!module.code) continue;
  const { code } = await minify(module.code, { module: true, compress: false, mangle: true });
  rows.push({ name: id.replace(/.*node_modules\//, '').replace(/.*\/lib\//, 'src/'), min: code.length, gzip: gzipSync(code).length });
}
rows.sort((a, b) => b.gzip - a.gzip);
console.log('| gzip B | min B | module |\n| ---: | ---: | --- |');
for (const row of rows) console.log(`| ${row.gzip} | ${row.min} | ${row.name} |`);
