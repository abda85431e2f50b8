// The machine and browser the figures come from.
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1].trim() ?? cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: (totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    os: `${process.platform} ${process.arch}`,
  };
}
