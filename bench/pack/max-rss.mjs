// Preloaded into a child (`node --import bench/pack/max-rss.mjs …`) when /usr/bin/time is missing: on exit it
// writes the process's peak resident set size (KiB, as `/usr/bin/time -v` reports it) to $ROLEFIT_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.ROLEFIT_BENCH_RSS_FILE;
// Synchronous: the 'exit' handler may not wait for a stream.
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
