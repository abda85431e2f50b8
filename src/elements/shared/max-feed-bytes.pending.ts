/**
 * TEMPORARY, drop when merging: the base element's `maxFeedBytes` comes from another branch (issue #19); this
 * declares it so this branch type-checks on its own.
 */
declare module './rolefit-element.js' {
  interface RolefitElement {
    maxFeedBytes: number | undefined;
  }
}
export {};
