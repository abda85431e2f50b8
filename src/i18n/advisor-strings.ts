import type { CommonStrings, StringTable } from './strings.js';

/** `<rolefit-advisor>` UI strings around the inner quiz and course list. */
export interface AdvisorOwnStrings extends Record<string, string> {
  coursesHeading: string;
  rolesLegend: string;
  backToQuiz: string;
}

export type AdvisorStrings = AdvisorOwnStrings & CommonStrings;

export const advisorStrings: StringTable<AdvisorOwnStrings> = {
  de: {
    coursesHeading: 'Passende Weiterbildungen',
    rolesLegend: 'Weiterbildungen anzeigen für',
    backToQuiz: 'Quiz neu starten',
  },
  en: {
    coursesHeading: 'Matching trainings',
    rolesLegend: 'Show trainings for',
    backToQuiz: 'Start the quiz again',
  },
};
