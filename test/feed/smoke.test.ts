import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';

describe('smoke', () => {
  it('parses', () => {
    expect(() => parseFeed({})).to.throw();
  });
});
