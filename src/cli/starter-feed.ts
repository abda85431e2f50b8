import type { FeedInput } from '../feed/schema.js';

/**
 * The smallest feed that shows every part of the format and passes `rolefit validate --strict`. Its `$schema`
 * depends on where the feed is written: `rolefit init` adds it (see schema-reference.ts).
 */
export const starterFeed: FeedInput = {
  version: 1,
  lang: 'en',
  roles: [
    {
      id: 'writer',
      name: 'Content Writer',
      summary: 'Writes the texts, posts and newsletters that bring readers in.',
      tasks: ['Plan and write articles', 'Edit texts for the web'],
      skills: ['A feel for language'],
    },
    {
      id: 'analyst',
      name: 'Web Analyst',
      summary: 'Measures what works and turns the numbers into decisions.',
      tasks: ['Set up tracking', 'Report on campaigns'],
    },
  ],
  questions: [
    {
      id: 'enjoy',
      text: 'What do you enjoy more?',
      options: [
        { id: 'words', label: 'Finding the right words', weights: { writer: 2 } },
        { id: 'numbers', label: 'Finding patterns in numbers', weights: { analyst: 2 } },
      ],
    },
    {
      id: 'day',
      text: 'What would a good working day bring?',
      hint: 'Think of a normal week.',
      options: [
        { id: 'story', label: 'A finished story', weights: { writer: 1 } },
        { id: 'answer', label: 'An answer backed by data', weights: { analyst: 1 } },
        { id: 'both', label: 'A bit of both', weights: { writer: 1, analyst: 1 } },
      ],
    },
  ],
  providers: [{ id: 'academy', name: 'Example Academy', type: 'academy', url: 'https://academy.example/' }],
  courses: [
    {
      id: 'writing-basics',
      title: 'Writing for the web',
      provider: 'academy',
      roles: ['writer'],
      format: 'online',
      price: { amount: 490, currency: 'EUR' },
      hours: 40,
      url: 'https://academy.example/writing',
    },
    {
      id: 'analytics-basics',
      title: 'Web analytics',
      provider: 'academy',
      roles: ['analyst'],
      format: 'blended',
      price: { amount: 890, currency: 'EUR' },
      hours: 60,
      location: 'Berlin',
      url: 'https://academy.example/analytics',
    },
  ],
};
