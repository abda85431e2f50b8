/**
 * Script text for pages that enforce Trusted Types (CSP `require-trusted-types-for 'script'`): there, assigning
 * a string to a `<script>`'s text throws, even for `application/ld+json`. The policy is named `rolefit`, made once
 * per page and kept on a global symbol, because a second copy of the bundle cannot create it again: on pages
 * whose CSP disallows duplicate policy names, `createPolicy` throws.
 */
interface ScriptPolicy {
  createScript(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}

const policyKey = Symbol.for('rolefit.trustedTypesPolicy');

type PolicyHolder = { [policyKey]?: ScriptPolicy | null; trustedTypes?: TrustedTypesFactory };

/**
 * The policy hands out only text that parses as JSON. The policy sits on a global, so any script could use it;
 * JSON, even if run as JavaScript, can call nothing, so it cannot become a way to run code.
 */
function onlyJson(input: string): string {
  JSON.parse(input);
  return input;
}

function scriptPolicy(): ScriptPolicy | null {
  const global = globalThis as PolicyHolder;
  if (global[policyKey] !== undefined) return global[policyKey];
  let policy: ScriptPolicy | null = null;
  try {
    policy = global.trustedTypes?.createPolicy('rolefit', { createScript: onlyJson }) ?? null;
  } catch {
    // The name is taken (by something other than rolefit) or not allowed by the CSP: stay null, plain strings.
  }
  global[policyKey] = policy;
  return policy;
}

/** Sets a script element's text through the `rolefit` policy where Trusted Types exist. */
export function setScriptText(script: HTMLScriptElement, json: string): void {
  const policy = scriptPolicy();
  // A TrustedScript is accepted wherever a string is; the DOM typings do not say so.
  script.text = (policy ? policy.createScript(json) : json) as string;
}
