// The feed's quiz as a SurveyJS survey: one page per question, a required radiogroup each, and on completion
// the same scoring rule as rolefit, whose top role the completed page shows.
import { german, topRole } from './score.js';

const { Model } = window.Survey;
const feed = await (await fetch('/dist/feeds/social-media.json')).json();

const survey = new Model({
  locale: 'de',
  title: 'Welche Rolle passt zu Ihnen?',
  showQuestionNumbers: 'off',
  showProgressBar: 'top',
  progressBarType: 'pages',
  completedHtml: '<h2 class="result">Am besten passt: {topRole}</h2>',
  pages: feed.questions.map((question) => ({
    name: question.id,
    elements: [
      {
        type: 'radiogroup',
        name: question.id,
        title: german(question.text),
        isRequired: true,
        choices: question.options.map((option) => ({ value: option.id, text: german(option.label) })),
      },
    ],
  })),
});
survey.onCompleting.add((sender) => sender.setVariable('topRole', german(topRole(feed, sender.data).name)));
survey.render(document.getElementById('quiz'));
