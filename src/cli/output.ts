/**
 * Where commands write, and how. Colour only on a terminal and never when NO_COLOR is set (no-color.org), so
 * piped output and CI logs stay plain text.
 */
export interface Style {
  bold(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
}

export interface Output {
  /** Results: what a script would capture (feed JSON, the schema, reports). */
  out(text: string): void;
  /** Progress notes and warnings that must not mix with results on stdout. */
  err(text: string): void;
  /** For text written with `out`. */
  style: Style;
  /** For text written with `err`: stderr can be a terminal while stdout is piped, and the other way round. */
  errorStyle: Style;
}

/** No colour: for text that goes into messages. */
export const plain: Style = { bold: (t) => t, red: (t) => t, yellow: (t) => t, green: (t) => t, dim: (t) => t };

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\x1b[${open}m${text}\x1b[${close}m`;

const ansi: Style = { bold: sgr(1, 22), red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), dim: sgr(2, 22) };

export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}

interface Stream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Each stream is coloured only when it is itself a terminal. */
export function outputFor(streams: { stdout: Stream; stderr: Stream; env: NodeJS.ProcessEnv }): Output {
  const { stdout, stderr, env } = streams;
  return {
    out: (text) => stdout.write(`${text}\n`),
    err: (text) => stderr.write(`${text}\n`),
    style: wantsColor(stdout, env) ? ansi : plain,
    errorStyle: wantsColor(stderr, env) ? ansi : plain,
  };
}

export const processOutput = (): Output =>
  outputFor({ stdout: process.stdout, stderr: process.stderr, env: process.env });

/** `1 course`, `3 courses`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Indents every line of `text` by `spaces`. */
export function indent(text: string, spaces = 2): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}
