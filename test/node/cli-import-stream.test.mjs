// Large inputs are streamed: a 40 MB MOOChub file imports in a child process whose heap cannot hold it parsed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root, tempDir } from './cli-support.mjs';

const heapMegabytes = 48;

test('imports a MOOChub file larger than the heap allows to parse whole', (t) => {
  const file = join(tempDir(t), 'big.json');
  const fd = openSync(file, 'w');
  const description = 'x'.repeat(20_000);
  const courses = 2000;
  writeSync(fd, '{"links":{},"data":[');
  for (let index = 0; index < courses; index++) {
    const course = {
      id: String(index),
      attributes: {
        name: `Course ${index}`,
        url: `https://mooc.example/${index}`,
        description,
        publisher: { name: 'Big MOOC' },
      },
    };
    writeSync(fd, `${index ? ',' : ''}${JSON.stringify(course)}`);
  }
  writeSync(fd, ']}');
  closeSync(fd);
  const run = (args) =>
    spawnSync(process.execPath, [`--max-old-space-size=${heapMegabytes}`, ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 2 ** 28,
    });
  // The control: the same heap cannot hold the file parsed at once, so the bound below means something.
  const whole = run(['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`]);
  assert.notEqual(whole.status, 0);
  const imported = run([
    join(root, 'bin/rolefit.js'),
    'import',
    '--from',
    'moochub',
    file,
    '--feed',
    join(root, 'test/fixtures/import/base-feed.json'),
    '--role',
    'maker',
  ]);
  assert.equal(imported.status, 0, imported.stderr.slice(0, 2000));
  assert.equal(JSON.parse(imported.stdout).courses.length, 3 + courses);
});
