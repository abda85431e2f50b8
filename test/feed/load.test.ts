import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { defaultMaxFeedBytes, loadFeed, useFeedData } from '../../src/feed/load.js';
import { captureConsole, hits, recordFetchSignals, uniqueKey } from '../support/dom.js';

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the load to fail');
}

/** Every console.warn text (`[rolefit]` or not) said while `action` runs. */
async function warnings(action: () => unknown): Promise<string[]> {
  const output = captureConsole('warn');
  try {
    await action();
  } finally {
    output.restore();
  }
  return output.texts('warn');
}

describe('loadFeed', () => {
  it('loads and validates a feed', async () => {
    const feed = await loadFeed('/test/fixtures/small.json');
    expect(feed.roles.map((role) => role.id)).to.deep.equal(['analyst', 'maker', 'host']);
    expect(feed.courses[1]!.price).to.deep.equal({ amount: 2900, currency: 'EUR' });
  });

  it('shares one request between callers asking for the same absolute URL', async () => {
    const key = uniqueKey('shared');
    const relative = `/faulty/feed/small/${key}`;
    const absolute = new URL(relative, location.href).href;
    const [a, b, c] = await Promise.all([loadFeed(relative), loadFeed(absolute), loadFeed(relative)]);
    expect(a).to.equal(b);
    expect(b).to.equal(c);
    expect(await hits(key)).to.equal(1);
    expect(await loadFeed(relative)).to.equal(a);
    expect(await hits(key)).to.equal(1);
  });

  it('retries once after a 5xx answer', async () => {
    const key = uniqueKey('flaky');
    const feed = await loadFeed(`/faulty/flaky/${key}`);
    expect(feed.roles).to.have.length(3);
    expect(await hits(key)).to.equal(2);
  });

  it('retries once after a network error', async () => {
    // A reset connection is often retried by the browser itself, so the first failure is simulated here.
    const realFetch = window.fetch;
    let calls = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      calls += 1;
      return calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(...args);
    };
    try {
      const feed = await loadFeed(`/faulty/feed/small/${uniqueKey('network-retry')}`);
      expect(feed.roles).to.have.length(3);
      expect(calls).to.equal(2);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('gives up with kind "network" when the retry fails too', async () => {
    const key = uniqueKey('drop-always');
    const error = await failure(loadFeed(`/faulty/drop-always/${key}`));
    expect(error.kind).to.equal('network');
    expect(error.url).to.equal(new URL(`/faulty/drop-always/${key}`, location.href).href);
    expect(error.message).to.contain('Could not reach the feed');
    // Browsers may repeat a request on a reset connection themselves; ours adds exactly one more attempt.
    expect(await hits(key)).to.be.at.least(2);
  });

  it('does not retry a 4xx answer and reports the status', async () => {
    const key = uniqueKey('404');
    const error = await failure(loadFeed(`/faulty/status/404/${key}`));
    expect(error.toDetail()).to.deep.include({ kind: 'http', status: 404 });
    expect(error.message).to.match(/answered 404/);
    expect(await hits(key)).to.equal(1);
  });

  it('forgets a failed load, so asking again makes a new request', async () => {
    const key = uniqueKey('again');
    await failure(loadFeed(`/faulty/status/404/${key}`));
    await failure(loadFeed(`/faulty/status/404/${key}`));
    expect(await hits(key)).to.equal(2);
  });

  it('times out with kind "timeout"', async () => {
    const error = await failure(loadFeed(`/faulty/hang/${uniqueKey('hang')}`, { timeout: 300 }));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.contain('did not finish loading within 0.3 s');
  });

  it('reports a body that is not JSON as kind "parse", naming the content type', async () => {
    const error = await failure(loadFeed(`/faulty/html/${uniqueKey('html')}`));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.contain('text/html');
  });

  it('reports a body cut off midway as "parse" or "network"', async () => {
    const error = await failure(loadFeed(`/faulty/cut/${uniqueKey('cut')}`));
    expect(['parse', 'network']).to.include(error.kind);
  });

  it('reports a feed of the wrong version as kind "invalid" with the reason', async () => {
    const error = await failure(loadFeed('/test/fixtures/wrong-version.json'));
    expect(error.kind).to.equal('invalid');
    expect(error.message).to.contain('this rolefit reads version 1');
    expect(error.url).to.match(/^http.*\/test\/fixtures\/wrong-version\.json$/);
  });

  it('lets one caller stop waiting without cancelling the shared request', async () => {
    const key = uniqueKey('abort');
    const controller = new AbortController();
    const first = loadFeed(`/faulty/slow/200/${key}`, { signal: controller.signal });
    const second = loadFeed(`/faulty/slow/200/${key}`);
    controller.abort();
    const outcome = await first.then(() => 'loaded').catch(() => 'rejected');
    expect(outcome, 'the aborted caller stops waiting').to.equal('rejected');
    expect((await second).roles).to.have.length(3);
    expect(await hits(key)).to.equal(1);
  });

  it('times out when the server sends its headers and part of the body, then stalls', async () => {
    const error = await failure(loadFeed(`/faulty/stall/${uniqueKey('stall')}`, { timeout: 300 }));
    expect(error.kind).to.equal('timeout');
  });

  it('times out when the body trickles in (one deadline for the whole load)', async () => {
    const error = await failure(loadFeed(`/faulty/trickle/${uniqueKey('trickle')}`, { timeout: 300 }));
    expect(error.kind).to.equal('timeout');
  });

  it('refuses a body that unpacks to more than the limit, while reading it', async () => {
    // 3 MiB of spaces after the feed, a few KB gzipped: the Content-Length cannot tell, the stream can.
    const error = await failure(loadFeed(`/faulty/bomb/3/${uniqueKey('bomb')}`, { maxBytes: 1024 * 1024 }));
    expect(error.kind).to.equal('too-large');
    expect(error.message).to.contain('larger than the limit of 1048576 bytes (1 MiB)');
    expect(error.message).to.contain('max-feed-bytes="2097152"');
  });

  it('names a limit under 1 MiB in bytes only', async () => {
    const error = await failure(loadFeed(`/faulty/bomb/3/${uniqueKey('bomb-small')}`, { maxBytes: 1000 }));
    expect(error.kind).to.equal('too-large');
    expect(error.message).to.contain('larger than the limit of 1000 bytes. Make the feed smaller');
  });

  it('has a default limit of 20 MiB', async () => {
    expect(defaultMaxFeedBytes).to.equal(20 * 1024 * 1024);
    const error = await failure(loadFeed(`/faulty/bomb/24/${uniqueKey('bomb-default')}`));
    expect(error.kind).to.equal('too-large');
  });

  it('refuses a declared Content-Length above the limit without waiting for the body', async () => {
    const error = await failure(loadFeed(`/faulty/declared/999999999/${uniqueKey('declared')}`, { timeout: 5000 }));
    expect(error.kind).to.equal('too-large');
  });

  it('shares requests per URL and limit: a smaller limit never gets a feed a larger one let through', async () => {
    const key = uniqueKey('limits');
    const url = `/faulty/feed/small/${key}`;
    const [small, large] = await Promise.allSettled([loadFeed(url, { maxBytes: 100 }), loadFeed(url)]);
    expect(small.status).to.equal('rejected');
    expect(((small as PromiseRejectedResult).reason as FeedError).kind).to.equal('too-large');
    expect(large.status).to.equal('fulfilled');
    expect(await hits(key)).to.equal(2);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const feed = await loadFeed(`/faulty/split/${uniqueKey('split')}`);
    expect(feed.notice).to.deep.include({ en: 'Illustrative test data from Köln.' });
  });

  it('warns once that a feed served in another charset is read as UTF-8', async () => {
    const url = `/faulty/latin1/${uniqueKey('latin1')}`;
    const said = await warnings(() => loadFeed(url));
    expect(said).to.have.length(1);
    expect(said[0]).to.match(
      /^\[rolefit\] The feed http.*latin1.* is served as charset="ISO-8859-1", but a feed is UTF-8/,
    );
  });

  it('quotes only the start of a long status text', async () => {
    const error = await failure(loadFeed(`/faulty/status-text/5000/${uniqueKey('status-text')}`));
    expect(error.kind).to.equal('http');
    expect(error.message).to.match(/answered 404 "x+… for/);
    expect(error.message.length).to.be.below(300);
  });

  for (const address of ['http://[', 'http://:99999/x', 'http://[::1']) {
    it(`rejects the unparsable address ${address} with kind "url" (never throws)`, async () => {
      let result: Promise<unknown> | undefined;
      expect(() => {
        result = loadFeed(address);
      }).not.to.throw();
      const error = await failure(result!);
      expect(error.kind).to.equal('url');
      expect(error.message).to.contain(`The feed address "${address}" is not a valid URL`);
    });
  }

  it('cancels a shared request nobody waits for any more, and forgets it', async () => {
    const key = uniqueKey('cancel');
    const url = `/faulty/slow/3000/${key}`;
    const { signals, restore } = recordFetchSignals();
    try {
      const first = new AbortController();
      const second = new AbortController();
      const waits = [loadFeed(url, { signal: first.signal }), loadFeed(url, { signal: second.signal })];
      first.abort();
      await Promise.resolve();
      expect(signals[0]!.aborted, 'one waiter left: the request goes on').to.equal(false);
      second.abort();
      await Promise.allSettled(waits);
      await Promise.resolve();
      expect(signals[0]!.aborted, 'nobody waits: the request is cancelled').to.equal(true);
      const again = new AbortController();
      loadFeed(url, { signal: again.signal }).catch(() => undefined);
      expect(signals, 'a later load asks again').to.have.length(2);
      again.abort();
    } finally {
      restore();
    }
  });

  it('keeps a loaded feed when its last waiter stops waiting afterwards', async () => {
    const key = uniqueKey('keep');
    const controller = new AbortController();
    const feed = await loadFeed(`/faulty/feed/small/${key}`, { signal: controller.signal });
    controller.abort();
    await Promise.resolve();
    expect(await loadFeed(`/faulty/feed/small/${key}`)).to.equal(feed);
    expect(await hits(key)).to.equal(1);
  });

  it('warns once, in the validator words, about the parts it dropped', async () => {
    const said = await warnings(() => loadFeed('/test/fixtures/partly-broken.json'));
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^\[rolefit\] The feed http.*partly-broken\.json has 1 problem/);
    expect(said[0]).to.contain('courses[1].format: must be one of "online", "onsite", "blended" (got "hybrid")');
  });
});

describe('useFeedData', () => {
  it('validates the same object once', async () => {
    const data = {
      version: 1,
      lang: 'en',
      roles: [{ id: 'r', name: 'R', summary: 'S', tasks: [], url: 'javascript:alert(1)' }],
    };
    const said = await warnings(() => {
      expect(useFeedData(data)).to.equal(useFeedData(data));
    });
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('roles[0].url');
  });

  it('throws a FeedError of kind "invalid" for unusable data', () => {
    expect(() => useFeedData('nope')).to.throw(FeedError, /JSON object/);
  });
});
