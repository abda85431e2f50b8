// Turns the raw records of the blog-page runs into figures: CLS and its sources, long tasks by phase and
// whether our code ran in them, and whether the lazy widget fetched its feed before it was scrolled near.
import { summary } from '../support/stats.mjs';

/** Whether `url` is the bundle (an invoker may be a name such as `Response.text.then` instead of a URL). */
const isBundle = (url) => URL.canParse(url) && new URL(url).pathname === '/dist/rolefit.js';
const sum = (values) => values.reduce((total, value) => total + value, 0);
const overlaps = (a, b) => a.startTime < b.startTime + b.duration && b.startTime < a.startTime + a.duration;

function phaseOf(marks, time) {
  if (time < marks.scroll) return 'load';
  return marks.answer === undefined || time < marks.answer ? 'scroll → quiz shown' : 'answering → result';
}

/**
 * What a long task spent its time on, from the long animation frame that overlaps it (long tasks themselves carry
 * no script attribution). The blog page has no script of its own, so a frame with only rolefit.js code, only
 * event listeners without a source URL (Lit's), or no script at all is ours; a script from anywhere else (the
 * driver's `pptr:` code, say) makes it not ours. The baseline page shows what the page costs without the widget.
 */
function cause(task, frames) {
  const frame = frames.find((candidate) => overlaps(candidate, task));
  if (!frame) return { ours: false, label: 'no long animation frame overlaps it' };
  const foreign = frame.scripts.filter((script) => script.sourceURL && !isBundle(script.sourceURL));
  const named = (script) => (isBundle(script.invoker) ? 'rolefit.js evaluation' : script.invoker);
  const label = frame.scripts.length
    ? frame.scripts
        .map(
          (script) => `${isBundle(script.sourceURL) ? 'rolefit.js' : script.sourceURL || 'listener'}: ${named(script)}`,
        )
        .join(', ')
    : 'style + layout (no script)';
  return { ours: !foreign.length, label };
}

function analyseRun(run) {
  const tasks = run.longTasks.map((task) => ({
    ...task,
    phase: phaseOf(run.marks, task.startTime),
    ...cause(task, run.frames),
  }));
  return {
    cls: sum(run.shifts.filter((shift) => !shift.hadRecentInput).map((shift) => shift.value)),
    allShift: sum(run.shifts.map((shift) => shift.value)),
    tasks,
    feedBeforeScroll: run.requests.filter((request) => request.phase === 'load' && request.path.includes('/feeds/')),
  };
}

function taskFigures(analysed) {
  const maxOf = (tasks) => (tasks.length ? Math.max(...tasks.map((task) => task.duration)) : 0);
  const phases = ['load', 'scroll → quiz shown', 'answering → result'];
  return Object.fromEntries(
    phases.map((phase) => {
      const perRound = analysed.map(({ tasks }) => tasks.filter((task) => task.phase === phase));
      return [
        phase,
        {
          count: summary(perRound.map((tasks) => tasks.length)),
          longest: summary(perRound.map(maxOf)),
          oursLongest: summary(perRound.map((tasks) => maxOf(tasks.filter((task) => task.ours)))),
        },
      ];
    }),
  );
}

export function analyseImpact({ widget, baseline }) {
  const withWidget = widget.map(analyseRun);
  const without = baseline.map(analyseRun);
  const sources = new Map();
  for (const run of widget) {
    for (const shift of run.shifts.filter((entry) => !entry.hadRecentInput)) {
      for (const source of shift.sources) {
        const row = sources.get(source.node) ?? { node: source.node, shifts: 0, value: 0, example: source };
        row.shifts++;
        row.value += shift.value / shift.sources.length;
        sources.set(source.node, row);
      }
    }
  }
  const causes = new Map();
  withWidget.forEach((run, round) => {
    for (const task of run.tasks) {
      const key = `${task.phase} · ${task.label}`;
      const row = causes.get(key) ?? { key, ours: task.ours, longest: new Map() };
      row.longest.set(round, Math.max(row.longest.get(round) ?? 0, task.duration));
      causes.set(key, row);
    }
  });
  return {
    rounds: widget.length,
    cls: summary(withWidget.map((run) => run.cls)),
    allShift: summary(withWidget.map((run) => run.allShift)),
    baselineCls: summary(without.map((run) => run.cls)),
    sources: [...sources.values()].sort((a, b) => b.value - a.value),
    tasks: taskFigures(withWidget),
    baselineTasks: taskFigures(without),
    oursOver50: withWidget.flatMap((run) => run.tasks.filter((task) => task.ours && task.duration > 50)),
    causes: [...causes.values()].map((row) => ({
      key: row.key,
      ours: row.ours,
      rounds: row.longest.size,
      duration: summary([...row.longest.values()]),
    })),
    feedBeforeScroll: withWidget.flatMap((run) => run.feedBeforeScroll),
    requests: widget[0].requests,
    fold: widget[0].fold,
    steps: widget[0].steps,
  };
}

/** CLS per demo page and viewport (case 3b), with the shifted nodes over all rounds. */
export function analyseDemoCls(runs) {
  const groups = new Map();
  for (const run of runs) {
    const key = `${run.path} ${run.viewport}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  return [...groups.values()].map((group) => {
    const sources = new Map();
    for (const { node, value } of group.flatMap((run) => run.sources))
      sources.set(node, (sources.get(node) ?? 0) + value);
    return {
      path: group[0].path,
      viewport: group[0].viewport,
      runs: group.length,
      cls: summary(group.map((run) => run.cls)),
      loadCls: summary(group.map((run) => run.loadCls)),
      undefinedPainted: group.filter((run) => run.undefinedPainted).length,
      sources: [...sources].map(([node, value]) => ({ node, value })).sort((a, b) => b.value - a.value),
    };
  });
}
