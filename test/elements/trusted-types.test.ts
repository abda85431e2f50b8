import { expect } from '@open-wc/testing';
import { setScriptText } from '../../src/elements/courses/trusted-types.js';

const policyKey = Symbol.for('rolefit.trustedTypesPolicy');
const global = globalThis as unknown as Record<symbol, { createScript(input: string): unknown; name?: string } | null>;

describe('script text through Trusted Types', () => {
  it('sets the text, creating the rolefit policy once per page where Trusted Types exist', () => {
    const first = document.createElement('script');
    const second = document.createElement('script');
    setScriptText(first, '{"a":"<"}');
    const policy = global[policyKey];
    setScriptText(second, '{"b":1}');
    expect(first.text).to.equal('{"a":"<"}');
    expect(second.text).to.equal('{"b":1}');
    expect(global[policyKey], 'reused, not created again').to.equal(policy);
    if ('trustedTypes' in window) expect(policy?.name).to.equal('rolefit');
    else expect(policy).to.equal(null);
  });

  it('refuses to bless anything but JSON', function () {
    setScriptText(document.createElement('script'), '{}');
    const policy = global[policyKey];
    if (!policy) this.skip();
    expect(() => policy!.createScript('alert(1)')).to.throw(SyntaxError);
  });
});
