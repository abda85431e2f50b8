import * as z from 'zod/mini';
import { dateSchema } from '../feed/schema.js';
import { usageError } from './errors.js';

/** Today in the local time zone as YYYY-MM-DD, or the `--today` override (tests pin it). */
export function resolveToday(override: string | undefined, now = new Date()): string {
  if (override === undefined) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }
  if (!z.safeParse(dateSchema, override).success) {
    throw usageError(`--today must be a date written YYYY-MM-DD, not "${override}".`);
  }
  return override;
}
