import type { CommonStrings, StringTable } from './strings.js';

/** `<rolefit-advisor>` UI strings around the inner quiz and course list. */
export interface AdvisorOwnStrings extends Record<string, string> {
  coursesHeading: string;
  rolesLegend: string;
  backToQuiz: string;
  /** Shown instead of the quiz when the page's own elements took the tags the advisor is made of. */
  unavailable: string;
}

export type AdvisorStrings = AdvisorOwnStrings & CommonStrings;

export const advisorStrings: StringTable<AdvisorOwnStrings> = {
  de: {
    coursesHeading: 'Passende Weiterbildungen',
    rolesLegend: 'Weiterbildungen anzeigen für',
    backToQuiz: 'Quiz neu starten',
    unavailable: 'Das Quiz kann hier leider nicht angezeigt werden.',
  },
  en: {
    coursesHeading: 'Matching trainings',
    rolesLegend: 'Show trainings for',
    backToQuiz: 'Start the quiz again',
    unavailable: 'Sorry, the quiz cannot be shown here.',
  },
};
