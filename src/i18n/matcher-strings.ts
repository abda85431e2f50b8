import type { CommonStrings, StringTable } from './strings.js';

/**
 * `<rolefit-matcher>` UI strings. Placeholders: `{n}`, `{total}`, `{answered}`, `{count}` (numbers, already
 * formatted), `{role}` (a role name), `{percent}` (a formatted percentage).
 */
export interface MatcherOwnStrings extends Record<string, string> {
  title: string;
  intro: string;
  progressStep: string;
  progressList: string;
  back: string;
  next: string;
  submit: string;
  answerMissing: string;
  answersMissing: string;
  noQuestions: string;
  resultEyebrow: string;
  resultHeading: string;
  resultAnnounced: string;
  tasks: string;
  skills: string;
  fitHeading: string;
  runnerUp: string;
  because: string;
  disclaimer: string;
  restart: string;
  copyLink: string;
  linkCopied: string;
  linkLabel: string;
}

export type MatcherStrings = MatcherOwnStrings & CommonStrings;

export const matcherStrings: StringTable<MatcherOwnStrings> = {
  de: {
    title: 'Welcher Job passt zu Ihnen?',
    intro: 'Beantworten Sie {total} kurze Fragen. Danach sehen Sie, welche Rolle am besten zu Ihnen passt – und warum.',
    progressStep: 'Frage {n} von {total}',
    progressList: '{answered} von {total} Fragen beantwortet',
    back: 'Zurück',
    next: 'Weiter',
    submit: 'Ergebnis anzeigen',
    answerMissing: 'Bitte wählen Sie eine Antwort.',
    answersMissing: 'Bitte beantworten Sie alle Fragen. Noch offen: {count}.',
    noQuestions: 'Für dieses Quiz gibt es noch keine Fragen.',
    resultEyebrow: 'Ihr Ergebnis',
    resultHeading: 'Am besten passt: {role}',
    resultAnnounced: 'Ihr Ergebnis ist da: {role} passt am besten.',
    tasks: 'Typische Aufgaben',
    skills: 'Was Sie mitbringen sollten',
    fitHeading: 'So gut passen die Rollen',
    runnerUp: 'Knapp dahinter: {role} ({percent}).',
    because: 'Weil Sie gesagt haben:',
    disclaimer: 'Das Ergebnis ist eine Orientierung, kein Eignungstest.',
    restart: 'Neu starten',
    copyLink: 'Link kopieren',
    linkCopied: 'Link kopiert',
    linkLabel: 'Link zu diesem Ergebnis (markiert, zum Kopieren)',
  },
  deInformal: {
    title: 'Welcher Job passt zu dir?',
    intro: 'Beantworte {total} kurze Fragen. Danach siehst du, welche Rolle am besten zu dir passt – und warum.',
    answerMissing: 'Bitte wähle eine Antwort.',
    answersMissing: 'Bitte beantworte alle Fragen. Noch offen: {count}.',
    resultEyebrow: 'Dein Ergebnis',
    resultAnnounced: 'Dein Ergebnis ist da: {role} passt am besten.',
    skills: 'Was du mitbringen solltest',
    because: 'Weil du gesagt hast:',
  },
  en: {
    title: 'Which job suits you?',
    intro: 'Answer {total} short questions, then see which role suits you best – and why.',
    progressStep: 'Question {n} of {total}',
    progressList: '{answered} of {total} questions answered',
    back: 'Back',
    next: 'Next',
    submit: 'Show result',
    answerMissing: 'Please choose an answer.',
    answersMissing: 'Please answer every question. Still open: {count}.',
    noQuestions: 'This quiz has no questions yet.',
    resultEyebrow: 'Your result',
    resultHeading: 'Best fit: {role}',
    resultAnnounced: 'Your result is ready: {role} fits best.',
    tasks: 'Typical tasks',
    skills: 'What you should bring',
    fitHeading: 'How well each role fits',
    runnerUp: 'A close second: {role} ({percent}).',
    because: 'Because you said:',
    disclaimer: 'This result is a pointer for orientation, not an aptitude test.',
    restart: 'Start again',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    linkLabel: 'Link to this result (selected for copying)',
  },
};
