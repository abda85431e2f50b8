import { expect } from '@open-wc/testing';
import { withLinkParams } from '../../src/courses/link-params.js';

describe('withLinkParams', () => {
  it('leaves the link alone without parameters', () => {
    expect(withLinkParams('https://a.example/x?b=1', undefined)).to.equal('https://a.example/x?b=1');
    expect(withLinkParams('https://a.example/x?b=1', '')).to.equal('https://a.example/x?b=1');
  });

  it('adds the parameters and keeps the link query', () => {
    expect(withLinkParams('https://a.example/x?ref=feed', 'utm_source=blog&utm_medium=widget')).to.equal(
      'https://a.example/x?ref=feed&utm_source=blog&utm_medium=widget',
    );
  });

  it('replaces a key the link already has', () => {
    expect(withLinkParams('https://a.example/x?utm_source=feed&ref=1', 'utm_source=blog')).to.equal(
      'https://a.example/x?utm_source=blog&ref=1',
    );
  });

  it('keeps the fragment after the query', () => {
    expect(withLinkParams('https://a.example/x#apply', 'utm_source=blog')).to.equal(
      'https://a.example/x?utm_source=blog#apply',
    );
  });

  it('accepts a leading "?", encodes values and keeps repeated keys', () => {
    expect(withLinkParams('https://a.example/', '?tag=a&tag=b&q=x y')).to.equal('https://a.example/?tag=a&tag=b&q=x+y');
  });
});
