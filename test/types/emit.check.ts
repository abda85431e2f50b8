// Compiled by `npm test`'s type check (tsconfig.test.json), never run: emit() takes only the detail that belongs
// to an event's name, so a wrong detail or an unknown name does not compile.
import { emit } from '../../src/elements/shared/emit.js';

declare const target: EventTarget;

export function typedEmits(): void {
  emit(target, 'rolefit-answer', { questionId: 'q', optionId: 'o', answered: 1, total: 3 });
  emit(target, 'rolefit-error', { kind: 'network', message: 'm', url: '' });
  // @ts-expect-error: a filter detail is not a match detail
  emit(target, 'rolefit-match', { filters: {}, count: 1 });
  // @ts-expect-error: the course-click detail needs a url
  emit(target, 'rolefit-course-click', { courseId: 'c' });
  // @ts-expect-error: not one of the five event names
  emit(target, 'rolefit-unknown', {});
}
