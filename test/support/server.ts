// Kept for the tests that still import these from here (feed/load, hardening/network, hardening/page-life):
// they live in test/support/dom.ts. Delete this file once those import dom.ts.
export { hits, uniqueKey } from './dom.js';
