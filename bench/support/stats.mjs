// Medians, ranges and ratios: the figures BENCHMARKS.md quotes.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `{ median, min, max, n }` of a list of samples. */
export function summary(values) {
  if (!values.length) throw new Error('no samples to summarise');
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

/** `a ÷ b` as text, e.g. `0.42×`. */
export const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

/** The list starting at position `round % length`: interleaved runs, so a noisy moment hits every side alike. */
export const rotate = (list, round) => list.map((_, index) => list[(index + round) % list.length]);
