// Writes BENCHMARKS.md from the cases' results. Ratios are what to quote: the machine is shared and noisy.
import { analyseDemoCls, analyseImpact } from './page-impact/analyse.mjs';
import { bundleDelayMs, viewports } from './page-impact/demo-cls.mjs';
import { ratio } from './support/stats.mjs';

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
/** `median (min–max)` in a unit. */
const range = (figure, unit = ms) =>
  figure.min === figure.max ? unit(figure.median) : `${unit(figure.median)} (${unit(figure.min)}–${unit(figure.max)})`;
/** Largest CLS a demo page may show; Google calls below 0.1 good. */
const clsTarget = 0.01;
const met = (ok) => (ok ? '**met**' : '**not met**');
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, index) => (index ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

function quizSection(quiz) {
  const [rolefit, surveyjs, vanilla] = ['rolefit', 'surveyjs', 'vanilla'].map((id) =>
    quiz.find((row) => row.id === id),
  );
  const byteRow = (label, kind) => [
    label,
    ...[rolefit, surveyjs, vanilla].map((row) => kb(row.bytes[kind])),
    ratio(rolefit.bytes[kind], surveyjs.bytes[kind]),
    ratio(rolefit.bytes[kind], vanilla.bytes[kind]),
  ];
  const timeRow = (label, figure, unit = ms) => [
    label,
    ...[rolefit, surveyjs, vanilla].map((row) => range(row[figure], unit)),
    ratio(rolefit[figure].median, surveyjs[figure].median),
    ratio(rolefit[figure].median, vanilla[figure].median),
  ];
  const files = quiz.flatMap((row) =>
    row.responses.map((response) => [
      row.id,
      `\`${response.url}\``,
      response.kind,
      `${response.raw}`,
      `${response.gzip}`,
    ]),
  );
  return `## 1. Same quiz, three implementations

The default feed's ${rolefit.steps} questions (German) on an otherwise empty page: \`<rolefit-matcher loading="eager">\`
with \`dist/rolefit.js\`; SurveyJS (\`survey-core\` + \`survey-js-ui\`, script tags, one page per question,
required radiogroups, the same scoring rule on completion, the top role on the completed page); and a hand-written
page (one question at a time, native radios, a "next" button, the top role). All three fetch the same feed file.
All three end on the same result: "${vanilla.resultText}".

${table(
  ['figure', 'rolefit', 'SurveyJS', 'vanilla JS', 'rolefit ÷ SurveyJS', 'rolefit ÷ vanilla'],
  [
    byteRow('JS, min+gzip', 'js'),
    byteRow('CSS, min+gzip', 'css'),
    byteRow('feed (JSON), gzip', 'data'),
    byteRow('**total on the wire** (without the host page)', 'total'),
    timeRow('navigation → first question painted, ms', 'firstQuestion'),
    timeRow(`answer all ${rolefit.steps} questions → result painted, ms`, 'answer'),
    timeRow('JS heap after the result (after GC)', 'heap', mb),
  ],
)}

Every file each page loaded (bytes as served, and gzipped at level 9):

<details><summary>${files.length} responses</summary>

${table(['page', 'file', 'kind', 'bytes', 'gzip'], files)}

</details>`;
}

function scaleSection(scale) {
  const sizes = [...new Set(scale.map((row) => row.size))];
  const figures = [
    ['feed fetch + validate, ms (vanilla: fetch + JSON parse)', 'load', ms],
    ['navigation → first list painted, ms', 'firstList', ms],
    ['attribute change → list painted, ms', 'attribute', ms],
    ['format checkbox ticked → list painted, ms', 'checkbox', ms],
    ['JS heap with the list shown (after GC)', 'heap', mb],
    ['DOM nodes (document + shadow roots)', 'nodes', (value) => value.toFixed(0)],
  ];
  const blocks = sizes.map((size) => {
    const rolefit = scale.find((row) => row.size === size && row.id === 'rolefit');
    const vanilla = scale.find((row) => row.size === size && row.id === 'vanilla');
    const rows = figures.map(([label, figure, unit]) => [
      label,
      range(rolefit[figure], unit),
      range(vanilla[figure], unit),
      ratio(rolefit[figure].median, vanilla[figure].median),
    ]);
    return `### ${size.toLocaleString('en')} courses\n\n${table(['figure', 'rolefit', 'vanilla JS', 'rolefit ÷ vanilla'], rows)}`;
  });
  const samples = scale[0];
  return `## 2. Course list at scale

Generated, valid feeds (\`bench/courses/generate-feed.mjs\`). rolefit: \`<rolefit-courses filters loading="eager">\`
with \`dist/rolefit.js\`. Vanilla: a plain custom element that fetches the JSON, filters by role, format and
maximum price, shows the count and the first 10 matches as cards, with format checkboxes (\`bench/scale/vanilla-courses.js\`).
Changes: each applied at the start of a frame and timed until that frame is painted (a frame whose work runs long
is painted late, so this is work + style + layout + paint, not rounded to frames). Attribute changes cycle
\`formats="online"\` → \`max-price="2000"\` → \`for-role="smm"\` → all removed (${samples.attribute.n / samples.heap.n} per round);
the checkbox is the "Online" box of the filter form, ticked and unticked (${samples.checkbox.n / samples.heap.n} per round).
Each change must change the shown count, or the run fails. Feed fetch + validate is measured on its own page:
rolefit's \`loadFeed\` (bundled from \`src/feed\`, as the bundle does not export it) against \`fetch\` + \`json()\`.

${blocks.join('\n\n')}`;
}

function impactSection(impact, demoCls) {
  const phases = Object.keys(impact.tasks);
  const taskRows = phases.map((phase) => {
    const widget = impact.tasks[phase];
    const baseline = impact.baselineTasks[phase];
    return [
      phase,
      range(widget.count, String),
      range(widget.longest),
      range(widget.oursLongest),
      range(baseline.count, String),
      range(baseline.longest),
    ];
  });
  const sourceRows = impact.sources.map((source) => [
    `\`${source.node === '(removed node)' ? 'node in a shadow root or removed (not exposed)' : source.node}\``,
    String(source.shifts),
    (source.value / impact.rounds).toFixed(4),
    `y ${source.example.previous.y.toFixed(0)} → ${source.example.current.y.toFixed(0)}, height ${source.example.previous.height.toFixed(0)} → ${source.example.current.height.toFixed(0)}`,
  ]);
  const causeRows = impact.causes.map((row) => [
    row.key,
    row.ours ? 'yes' : 'no',
    `${row.rounds}/${impact.rounds}`,
    range(row.duration),
  ]);
  const requestRows = impact.requests.map((request) => [`\`${request.path}\``, request.phase]);
  const clsRows = demoCls.map((row) => [
    `\`demo/${row.path}\``,
    row.viewport,
    range(row.cls, (value) => value.toFixed(4)),
    range(row.loadCls, (value) => value.toFixed(4)),
    `${row.undefinedPainted}/${row.runs}`,
    row.sources.length
      ? row.sources.map((source) => `\`${source.node}\` ${(source.value / row.runs).toFixed(4)}`).join(', ')
      : '–',
  ]);
  const sizes = Object.entries(viewports)
    .map(([name, size]) => `${name} ${size.width} × ${size.height}`)
    .join(', ');
  return `## 3. Page impact: the blog demo

\`demo/blog.html\` as shipped: \`<rolefit-advisor filters share>\` (loading="lazy", the default) ${impact.fold.quizTop.toFixed(0)} px
from the top of a ${impact.fold.viewport} px viewport (1280 × ${impact.fold.viewport}). Each round: load, wait 1.5 s, scroll the quiz box
to the top, wait for the first question, answer all ${impact.steps} questions with real mouse clicks (first option), wait for the
result and the course list, wait 1.5 s. Baseline: the same page with the script and the element taken out, loaded and
scrolled the same way.

**Cumulative layout shift** (layout shifts without recent input, summed; the standard CLS windows can only be
smaller): ${range(impact.cls, (value) => value.toFixed(4))}; baseline page ${range(impact.baselineCls, (value) => value.toFixed(4))}.
All shifts including the ones within 500 ms of a click (which CLS excludes): ${range(impact.allShift, (value) => value.toFixed(4))}.

${sourceRows.length ? `Sources of the shifts CLS counts (all rounds; value split evenly over an entry's sources, per round):\n\n${table(['node', 'entries', 'value per round', 'example move'], sourceRows)}` : 'No shift without recent input in any round.'}

### Layout shift on every demo page, before and after the elements are defined

Every page of \`demo/\` at two viewports (${sizes}), with \`/dist/rolefit.js\` served ${bundleDelayMs / 1000} s late, so the
page is painted while the elements are still undefined (as on a slow connection; "undefined state painted" counts
the runs whose first contentful paint came before the definition; the landing page has no widget). Each round:
load, wait 1.5 s, scroll to the bottom 80 % of a viewport at a time (300 ms apart), wait 1.5 s. CLS as above;
"before scrolling" is the part from load to the first scroll, which is where a Lighthouse run looks. Before #19's
fix (no \`:not(:defined)\` rules on the demo pages) one round gave: job board phone 0.2749, theming phone 0.3100
and desktop 0.1687, configurator desktop 0.0137, all others 0.

${table(['page', 'viewport', 'CLS', 'CLS before scrolling', 'undefined state painted', 'sources (per round)'], clsRows)}

**Long tasks** (\`longtask\` entries, > 50 ms) per phase, count and longest in ms. A long task is ours when the long
animation frame overlapping it ran only \`dist/rolefit.js\` code, event listeners without a source URL (Lit's) or no
script (style and layout): the blog page has no script of its own. The baseline columns show the page alone.

${table(['phase', 'count', 'longest', 'longest of ours', 'baseline count', 'baseline longest'], taskRows)}

Long tasks over 50 ms attributed to rolefit: ${impact.oursOver50.length} in ${impact.rounds} rounds${impact.oursOver50.length ? ` (${impact.oursOver50.map((task) => `${task.phase} ${ms(task.duration)} ms`).join(', ')})` : ''}.

What the long tasks spent their time on (Chromium's \`long-animation-frame\` attribution; scripts ≥ 5 ms are named),
longest per round in ms:

${causeRows.length ? table(['phase · cause', 'ours', 'rounds seen', 'duration'], causeRows) : 'No long task in any round.'}

**Lazy loading.** Feed requests before the scroll: ${impact.feedBeforeScroll.length} in ${impact.rounds} rounds. Request log of the first round:

${table(['request', 'phase'], requestRows)}`;
}

function quizTargets(quiz) {
  const rolefit = quiz.find((row) => row.id === 'rolefit');
  const surveyjs = quiz.find((row) => row.id === 'surveyjs');
  const bundle = rolefit.responses.find((response) => response.url === '/dist/rolefit.js').gzip;
  const quizFigures = [
    ['bytes', rolefit.bytes.total, surveyjs.bytes.total],
    ['first question', rolefit.firstQuestion.median, surveyjs.firstQuestion.median],
    ['answering', rolefit.answer.median, surveyjs.answer.median],
    ['heap', rolefit.heap.median, surveyjs.heap.median],
  ];
  return [
    ['bundle ≤ 18 KB min+gzip', `\`dist/rolefit.js\` ${kb(bundle)} (${bundle} B, gzip -9)`, met(bundle <= 18_000)],
    [
      'faster than SurveyJS on every figure of case 1',
      quizFigures.map(([name, ours, theirs]) => `${name} ${ratio(ours, theirs)}`).join(', '),
      met(quizFigures.every(([, ours, theirs]) => ours < theirs)),
    ],
  ];
}

function scaleTargets(scale) {
  const large = scale.find((row) => row.size === 10_000 && row.id === 'rolefit');
  const timings = ['load', 'firstList', 'attribute', 'checkbox'];
  const vanillaRatios = scale
    .filter((row) => row.id === 'rolefit')
    .flatMap((row) => {
      const vanilla = scale.find((other) => other.size === row.size && other.id === 'vanilla');
      return timings.map((figure) => ({ size: row.size, figure, ratio: row[figure].median / vanilla[figure].median }));
    });
  const over = vanillaRatios.filter((entry) => entry.ratio > 1.5);
  const frame = Math.max(large.attribute.median, large.checkbox.median);
  return [
    [
      'filter change at 10,000 courses painted within one frame (16 ms)',
      `attribute ${ms(large.attribute.median)} ms, checkbox ${ms(large.checkbox.median)} ms (medians)`,
      met(frame <= 16),
    ],
    [
      'within 1.5× of vanilla on every timing of case 2',
      over.length
        ? `over 1.5×: ${over.map((entry) => `${entry.figure} @ ${entry.size.toLocaleString('en')} ${entry.ratio.toFixed(2)}×`).join(', ')}`
        : `worst ${Math.max(...vanillaRatios.map((entry) => entry.ratio)).toFixed(2)}×`,
      met(!over.length),
    ],
  ];
}

function impactTargets(impact, demoCls) {
  const worst = demoCls.reduce((highest, row) => (row.cls.max > highest.cls.max ? row : highest));
  return [
    [
      'CLS 0 on the blog page',
      `median ${impact.cls.median.toFixed(4)}, max ${impact.cls.max.toFixed(4)}`,
      met(impact.cls.max === 0),
    ],
    [
      `CLS < ${clsTarget} on every demo page, phone and desktop, rolefit.js ${bundleDelayMs / 1000} s late`,
      `worst: ${worst.path} (${worst.viewport}) max ${worst.cls.max.toFixed(4)}`,
      met(worst.cls.max < clsTarget),
    ],
    [
      'no long task over 50 ms from our code on the blog page',
      `${impact.oursOver50.length} in ${impact.rounds} rounds` +
        (impact.oursOver50.length
          ? `, longest ${ms(Math.max(...impact.oursOver50.map((task) => task.duration)))} ms`
          : ''),
      met(!impact.oursOver50.length),
    ],
  ];
}

function hostileSection(hostile) {
  const chars = (value) => value.toLocaleString('en');
  /** A round without a reported long task had none over 50 ms. */
  const task = (value) => (value ? ms(value) : '≤ 50');
  const rows = hostile.flatMap((attack) =>
    attack.phases.map((phase, index) => [
      index ? '' : attack.name,
      index ? '' : attack.before,
      phase.phase,
      phase.outcomes.join('; '),
      range(phase.ms),
      range(phase.longest, task),
      range(phase.count, String),
      index ? '' : `${range(phase.consoleChars, chars)} in ${range(phase.consoleMessages, String)}`,
    ]),
  );
  const over = hostileOver50(hostile);
  const rounds = hostile[0].phases[0].ms.n;
  return `## 4. Hostile feeds (issue #19)

The attacks of issue #19's probe, each served by the benchmark server from memory (\`bench/hostile/feeds.mjs\`; the
feeds are generated, not committed) to \`<rolefit-courses filters loading="eager">\` with \`dist/rolefit.js\`, one
fresh page per round, ${rounds} rounds. _Before_ is the probe's figure as the issue quotes it (same machine, the
bundle before the fixes). _Load_: navigation → the first course card painted, or → \`rolefit-error\`; its long
tasks are those until the search starts (or, without a search, until 0.5 s after the outcome). _Type "q"_: 1 s
after the list is painted, a real key press into the search box; from the keydown's time stamp until the list
shows the new count and that frame is painted, with every task after the key. _Longest task_: the Long Tasks API
reports only tasks over 50 ms, so "≤ 50" is the target met. _Console_: characters of all console
messages (the page's own messages go through unchanged and are counted on the way).

${table(['attack', 'before (#19 probe)', 'phase', 'outcome', 'time, ms', 'longest task, ms', 'tasks > 50 ms', 'console: chars in messages'], rows)}

Work that is still one task, whatever the feed: \`JSON.parse\` of the whole body (about 52 MB for the long titles),
the validation of the feed (\`parseFeed\`, one pass over every course: the 30,000 courses with bad topics), and the
browser's own style, layout and paint of the first cards (the mark flood's text is slow to shape). Search keys are
built 250 courses per task with a yield between.

Phases that still have a task over 50 ms (max over the rounds): ${over.length ? over.map((entry) => `${entry.id} ${entry.phase} ${ms(entry.longest)} ms`).join(', ') : 'none'}.`;
}

/** The phases of the hostile case whose longest task, in any round, went over 50 ms. */
const hostileOver50 = (hostile) =>
  hostile.flatMap((attack) =>
    attack.phases
      .filter((phase) => phase.longest.max > 50)
      .map((phase) => ({ id: attack.id, phase: phase.phase, longest: phase.longest.max })),
  );

function hostileTargets(hostile) {
  const over = hostileOver50(hostile);
  return [
    [
      'no task over 50 ms on the hostile feeds of #19',
      over.length
        ? `over 50 ms: ${over.map((entry) => `${entry.id} ${entry.phase} ${ms(entry.longest)} ms`).join(', ')}`
        : 'none',
      met(!over.length),
    ],
  ];
}

/** Targets of issue #14 for packing 1,000,000 courses. */
const packTargetSeconds = 120;
const packTargetRss = 1.5e9;
const seconds = (milliseconds) => `${(milliseconds / 1000).toFixed(1)} s`;
const packRuns = (pack) => pack.runs.filter((run) => run.id !== 'validate');

function packSection(pack) {
  const rows = pack.runs.map((run) => [
    run.label,
    run.input ? mb(run.input) : 'the pack',
    range(run.ms, seconds),
    range(run.rss, mb),
    run.output ? `${run.output.files.toLocaleString('en')} files, ${mb(run.output.bytes)}` : 'valid (exit 0)',
  ]);
  return `## 5. \`rolefit pack\` at scale (issue #14)

A generated catalogue of ${pack.courses.toLocaleString('en')} courses over ${pack.roles} roles (\`bench/pack/generate.mjs\`:
deterministic, most courses in one role, 30 % in two, 10 % in three), written to a temporary folder as one feed and
as JSON Lines plus a base feed, then packed by \`node bin/rolefit.js pack\` from each, and the feed's pack checked by
\`node bin/rolefit.js validate\`. Each command is a child process: wall time from its start to its exit, peak
resident set size by ${pack.measuredBy}; ${pack.rounds} round${pack.rounds === 1 ? '' : 's'}, a fresh pack folder each.
Every command must exit 0, or the run fails. The inputs and packs are deleted after the run.

${table(['run', 'input', 'wall', 'peak RSS', 'output'], rows)}`;
}

function packTargets(pack) {
  const runs = packRuns(pack);
  return [
    [
      `\`rolefit pack\` of ${pack.courses.toLocaleString('en')} courses ≤ ${packTargetSeconds} s and ≤ ${packTargetRss / 1e9} GB peak RSS (#14)`,
      runs.map((run) => `${run.id} ${seconds(run.ms.median)}, ${mb(run.rss.median)}`).join('; '),
      met(runs.every((run) => run.ms.median <= packTargetSeconds * 1000 && run.rss.median <= packTargetRss)),
    ],
  ];
}

/** The target rows of the cases that ran. */
const targetRows = ({ quiz, scale, impact, demoCls, hostile, pack }) => [
  ...(quiz ? quizTargets(quiz) : []),
  ...(scale ? scaleTargets(scale) : []),
  ...(impact ? impactTargets(impact, demoCls) : []),
  ...(hostile ? hostileTargets(hostile) : []),
  ...(pack ? packTargets(pack) : []),
];

const targetHead = ['target', 'measured', 'verdict'];

/** Cases newer than some BENCHMARKS.md: a partial run appends their section when it is missing. */
const appendedCases = ['hostile', 'pack'];

/** The heading that starts each case's section, for a partial run to find it. */
const sectionHeadings = { quiz: '## 1. ', scale: '## 2. ', impact: '## 3. ', hostile: '## 4. ', pack: '## 5. ' };

export function report({
  machine,
  browser,
  rounds,
  minutes,
  quiz,
  scale,
  impact: rawImpact,
  demoCls: rawDemoCls,
  hostile,
  pack,
}) {
  const impact = analyseImpact(rawImpact);
  const demoCls = analyseDemoCls(rawDemoCls);
  return `# Benchmarks

Written by \`node bench/run.mjs\` on ${today()} (${minutes.toFixed(1)} min); do not edit by hand.
How each case is measured and how to read it: [bench/README.md](bench/README.md).

- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB memory, ${machine.os}, Node ${machine.node}
- Browser: ${browser}, headless, \`/usr/bin/chromium\` (fresh profile; each run in a new browser context: empty cache)
- Rounds: ${rounds} per case and implementation, interleaved; figures are **median (min–max)**. Quote the ratios:
  this machine is shared and noisy, absolute milliseconds move between runs.
- Bytes: each response body as served (minified where shipped minified; the comparison pages' own scripts are
  minified by esbuild), gzipped at level 9 by the benchmark; the server does not compress. 1 KB = 1,000 bytes.
- Commands: \`npm --prefix bench install\`, then \`node bench/run.mjs\` (\`ROUNDS=15 node bench/run.mjs\` for steadier medians).

## Targets

${table(targetHead, targetRows({ quiz, scale, impact, demoCls, hostile, pack }))}

Verdicts compare this run's medians with the targets; a figure close to its target can flip between runs here.

${quizSection(quiz)}

${scaleSection(scale)}

${impactSection(impact, demoCls)}

${hostileSection(hostile)}

${packSection(pack)}
`;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A run of some cases only (\`CASES=impact\`): their sections and target rows replace the old ones in the existing
 * BENCHMARKS.md, the rest is kept as it was, and the header says what was rerun.
 */
export function updateReport(existing, { browser, rounds, minutes, cases, results }) {
  const analysed = {
    quiz: results.quiz,
    scale: results.scale,
    impact: results.impact && analyseImpact(results.impact),
    demoCls: results.demoCls && analyseDemoCls(results.demoCls),
    hostile: results.hostile,
    pack: results.pack,
  };
  let markdown = existing;
  for (const name of cases) {
    const section = {
      quiz: () => quizSection(analysed.quiz),
      scale: () => scaleSection(analysed.scale),
      impact: () => impactSection(analysed.impact, analysed.demoCls),
      hostile: () => hostileSection(analysed.hostile),
      pack: () => packSection(analysed.pack),
    }[name]();
    const start = markdown.indexOf(sectionHeadings[name]);
    // A case newer than the file (the hostile one, the pack one): its section is appended.
    if (start < 0 && !appendedCases.includes(name))
      throw new Error(`BENCHMARKS.md has no section "${sectionHeadings[name]}": run all cases`);
    if (start < 0) {
      markdown = `${markdown.trimEnd()}\n\n${section}\n`;
      continue;
    }
    const next = markdown.indexOf('\n## ', start + 1);
    const end = next < 0 ? markdown.length : next + 1;
    markdown = `${markdown.slice(0, start)}${section}\n${next < 0 ? '' : '\n'}${markdown.slice(end)}`;
  }
  markdown = replaceTargetRows(markdown, targetRows(analysed));
  // A pack-only run starts no browser.
  const run = [`${minutes.toFixed(1)} min`, browser, `${rounds} round${rounds === 1 ? '' : 's'}`].filter(Boolean);
  const note = `Rerun on ${today()} (${run.join(', ')}): ${cases.join(', ')} (\`CASES=${cases.join(',')} node bench/run.mjs\`); its section and target rows are from that run.`;
  // The note of an earlier rerun of other cases stays: its sections are still from that run.
  const command = `(\`CASES=${cases.join(',')} node bench/run.mjs\`)`;
  const lines = markdown.split('\n').filter((line) => !(line.startsWith('Rerun on ') && line.includes(command)));
  const written = lines.findIndex((line) => line.startsWith('Written by '));
  lines.splice(written + 1, 0, note);
  return lines.join('\n');
}

/** Replaces the target rows with the same first cell and appends new ones at the end of the targets table. */
function replaceTargetRows(markdown, rows) {
  const lines = markdown.split('\n');
  const start = lines.indexOf('## Targets');
  let last = lines.findIndex((line, index) => index > start && line.startsWith('| '));
  while (lines[last + 1]?.startsWith('| ')) last++;
  for (const row of rows) {
    const text = `| ${row.join(' | ')} |`;
    const index = lines.findIndex((line, at) => at > start && at <= last && line.startsWith(`| ${row[0]} |`));
    if (index >= 0) lines[index] = text;
    else lines.splice(++last, 0, text);
  }
  return lines.join('\n');
}
