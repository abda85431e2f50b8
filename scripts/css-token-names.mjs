// The one table of the elements' private custom properties (`--_*`, see src/elements/shared/styles.ts): the source
// writes names that say what each token is, and the build (compact-templates.mjs) writes these short names into
// the bundle instead, as Lit's build renames its private fields from a fixed table. They are written about 90
// times, which the short names save (about 50 B min+gzip). A private token the table lacks fails the build.
export const cssTokenNames = {
  '--_accent': '--_a',
  '--_accent-contrast': '--_ac',
  '--_text': '--_t',
  '--_muted': '--_m',
  '--_surface': '--_s',
  '--_subtle': '--_u',
  '--_border': '--_b',
  '--_danger': '--_d',
  '--_radius': '--_r',
  '--_gap': '--_g',
};
