import { expect } from '@open-wc/testing';
import { courseListJsonLd, jsonLdText, maxWorkload } from '../../src/courses/json-ld.js';
import type { Feed } from '../../src/feed/schema.js';
import { loadCatalog } from './support.js';

/** The fields of a schema.org ListItem these tests read. */
interface ListItem {
  '@type': string;
  position: number;
  item: { name: string };
}

describe('course JSON-LD', () => {
  let feed: Feed;
  before(async () => {
    feed = await loadCatalog();
  });

  const byId = (id: string) => feed.courses.find((course) => course.id === id)!;
  /** The JSON-LD as the page gets it: the script text, read back. */
  const jsonLd = (ids: string[], lang: string) => JSON.parse(jsonLdText(courseListJsonLd(ids.map(byId), feed, lang)));

  it('lists the courses as schema.org ListItems in order', () => {
    const list = jsonLd(['k2', 'k1'], 'de');
    expect(list['@context']).to.equal('https://schema.org');
    expect(list['@type']).to.equal('ItemList');
    expect(list.itemListElement.map((item: ListItem) => [item['@type'], item.position, item.item.name])).to.deep.equal([
      ['ListItem', 1, 'Code-Grundlagen'],
      ['ListItem', 2, 'Texten für Übersetzer'],
    ]);
  });

  it('describes a course with provider, offer and instance', () => {
    const course = jsonLd(['k1'], 'en').itemListElement[0].item;
    expect(course).to.deep.equal({
      '@type': 'Course',
      name: 'Copywriting for translators',
      description: 'Style · Grammatik',
      url: 'https://akad.example/texten?ref=feed&utm_source=feed#anmeldung',
      inLanguage: 'de',
      provider: { '@type': 'Organization', name: 'Akademie Süd', url: 'https://akad.example/' },
      offers: { '@type': 'Offer', category: 'Paid', price: 500, priceCurrency: 'EUR' },
      hasCourseInstance: {
        '@type': 'CourseInstance',
        courseMode: 'online',
        startDate: '2027-03-01',
        courseWorkload: 'PT40H',
      },
    });
  });

  it('leaves out what the feed does not know', () => {
    const course = jsonLd(['k3'], 'de').itemListElement[0].item;
    expect(course).to.not.have.property('offers');
    expect(course.description).to.equal('Verkaufen mit Strategie');
    expect(course.provider).to.deep.equal({ '@type': 'Organization', name: 'Schule Weiß' });
    const weeksOnly = jsonLd(['k4'], 'de').itemListElement[0].item;
    expect(weeksOnly.hasCourseInstance).to.deep.equal({
      '@type': 'CourseInstance',
      courseMode: 'online',
      courseWorkload: 'P6W',
    });
  });

  it('leaves out a workload that is no sane duration, and falls back to sane weeks', () => {
    const workloadOf = (change: { hours?: number; weeks?: number }) => {
      // Without the course's own workload, so `change` alone decides it.
      const course = { ...byId('k1') };
      delete course.hours;
      delete course.weeks;
      const list = JSON.parse(jsonLdText(courseListJsonLd([{ ...course, ...change }], feed, 'de')));
      return list.itemListElement[0].item.hasCourseInstance.courseWorkload;
    };
    for (const hours of [1e21, 1e-7, -5, Infinity, NaN, maxWorkload.hours + 1]) {
      expect(workloadOf({ hours }), `hours ${hours}`).to.equal(undefined);
    }
    expect(workloadOf({ hours: 1e21, weeks: 6 })).to.equal('P6W');
    expect(workloadOf({ weeks: 1e300 })).to.equal(undefined);
    expect(workloadOf({ hours: 37.5 })).to.equal('PT37.5H');
    expect(workloadOf({ hours: maxWorkload.hours })).to.equal(`PT${maxWorkload.hours}H`);
  });

  it('escapes "<" so feed text cannot close the script, and stays valid JSON', () => {
    const value = { name: '</script><script>alert(1)</script> & <!-- \u2028' };
    const text = jsonLdText(value);
    expect(text).to.not.match(/[<>&\u2028]/);
    expect(text).to.include('\\u003c/script\\u003e');
    expect(JSON.parse(text)).to.deep.equal(value);
  });
});
