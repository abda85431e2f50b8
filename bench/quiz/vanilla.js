// The floor: the feed's quiz by hand. One question at a time as a native radio group, a "next" button enabled
// once the question is answered, and the top role (same scoring rule) at the end. DOM built with textContent.
import { german, topRole } from './score.js';

const feed = await (await fetch('/dist/feeds/social-media.json')).json();
const quiz = document.getElementById('quiz');
const answers = {};

function element(tag, properties = {}, ...children) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

function showQuestion(index) {
  const question = feed.questions[index];
  const last = index === feed.questions.length - 1;
  const next = element('button', { type: 'button', disabled: true, textContent: last ? 'Ergebnis zeigen' : 'Weiter' });
  next.id = last ? 'show-result' : 'next';
  const options = question.options.map((option) =>
    element(
      'label',
      {},
      element('input', {
        type: 'radio',
        name: question.id,
        value: option.id,
        onchange: () => {
          answers[question.id] = option.id;
          next.disabled = false;
        },
      }),
      german(option.label),
    ),
  );
  next.onclick = () => (last ? showResult() : showQuestion(index + 1));
  const progress = element('p', { textContent: `Frage ${index + 1} von ${feed.questions.length}` });
  quiz.replaceChildren(
    progress,
    element('fieldset', {}, element('legend', { textContent: german(question.text) }), ...options),
    next,
  );
}

function showResult() {
  const heading = element(
    'h2',
    { id: 'result', tabIndex: -1 },
    `Am besten passt: ${german(topRole(feed, answers).name)}`,
  );
  quiz.replaceChildren(heading);
  heading.focus();
}

showQuestion(0);
