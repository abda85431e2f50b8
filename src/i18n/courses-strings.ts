/** UI strings of `<rolefit-courses>`. Placeholders in braces are filled with `fill()`. */
import type { CommonStrings, StringTable } from './strings.js';

export interface CoursesOwnStrings extends Record<string, string> {
  countOne: string;
  countOther: string;
  updated: string;
  search: string;
  providerTypeLegend: string;
  formatLegend: string;
  fundingLegend: string;
  maxPrice: string;
  sort: string;
  sortRelevance: string;
  sortPrice: string;
  sortStart: string;
  sortDuration: string;
  optionCount: string;
  typeAcademy: string;
  typeUniversity: string;
  typePrivate: string;
  typeChamber: string;
  formatOnline: string;
  formatOnsite: string;
  formatBlended: string;
  fundingBildungsgutschein: string;
  fundingAufstiegsBafoeg: string;
  fundingBildungsurlaub: string;
  zfu: string;
  levelBeginner: string;
  levelAdvanced: string;
  start: string;
  hours: string;
  weeksOne: string;
  weeksOther: string;
  courseLanguage: string;
  priceOnRequest: string;
  more: string;
  emptyFiltered: string;
  emptyRole: string;
  emptyPreset: string;
  emptyFeed: string;
  reset: string;
  showAll: string;
}

export type CoursesStrings = CommonStrings & CoursesOwnStrings;

export const coursesStrings: StringTable<CoursesOwnStrings> = {
  de: {
    countOne: '{n} Weiterbildung',
    countOther: '{n} Weiterbildungen',
    updated: 'Stand: {date}',
    search: 'Suchen',
    providerTypeLegend: 'Anbieter',
    formatLegend: 'Format',
    fundingLegend: 'Förderung',
    maxPrice: 'Höchstpreis',
    sort: 'Sortieren nach',
    sortRelevance: 'Empfehlung',
    sortPrice: 'Preis, niedrigster zuerst',
    sortStart: 'Beginn, frühester zuerst',
    sortDuration: 'Dauer, kürzeste zuerst',
    optionCount: '{label} ({count})',
    typeAcademy: 'Akademie',
    typeUniversity: 'Hochschule',
    typePrivate: 'Privater Anbieter',
    typeChamber: 'Kammer',
    formatOnline: 'Online',
    formatOnsite: 'Vor Ort',
    formatBlended: 'Blended Learning',
    fundingBildungsgutschein: 'Bildungsgutschein (AZAV)',
    fundingAufstiegsBafoeg: 'Aufstiegs-BAföG',
    fundingBildungsurlaub: 'Bildungsurlaub',
    zfu: 'ZFU-zugelassen (Nr. {number})',
    levelBeginner: 'Für Einsteiger',
    levelAdvanced: 'Für Fortgeschrittene',
    start: 'Beginn: {date}',
    hours: '{n} Stunden',
    weeksOne: '{n} Woche',
    weeksOther: '{n} Wochen',
    courseLanguage: 'Kurssprache: {language}',
    priceOnRequest: 'Preis auf Anfrage',
    more: 'Mehr anzeigen',
    emptyFiltered: 'Keine Weiterbildung passt zu Ihrer Auswahl.',
    emptyRole: 'Für „{role}“ passt gerade keine Weiterbildung zu dieser Auswahl.',
    emptyPreset: 'Gerade passt keine Weiterbildung zu dieser Auswahl.',
    emptyFeed: 'Zurzeit sind keine Weiterbildungen eingetragen.',
    reset: 'Filter zurücksetzen',
    showAll: 'Alle Kurse zeigen',
  },
  deInformal: {
    emptyFiltered: 'Keine Weiterbildung passt zu deiner Auswahl.',
  },
  en: {
    countOne: '{n} course',
    countOther: '{n} courses',
    updated: 'Updated: {date}',
    search: 'Search',
    providerTypeLegend: 'Provider',
    formatLegend: 'Format',
    fundingLegend: 'Funding',
    maxPrice: 'Maximum price',
    sort: 'Sort by',
    sortRelevance: 'Recommended',
    sortPrice: 'Price, lowest first',
    sortStart: 'Start, soonest first',
    sortDuration: 'Duration, shortest first',
    optionCount: '{label} ({count})',
    typeAcademy: 'Academy',
    typeUniversity: 'University',
    typePrivate: 'Private provider',
    typeChamber: 'Chamber',
    formatOnline: 'Online',
    formatOnsite: 'On site',
    formatBlended: 'Blended learning',
    fundingBildungsgutschein: 'Bildungsgutschein (AZAV)',
    fundingAufstiegsBafoeg: 'Aufstiegs-BAföG',
    fundingBildungsurlaub: 'Bildungsurlaub',
    zfu: 'ZFU-approved (No. {number})',
    levelBeginner: 'For beginners',
    levelAdvanced: 'For advanced learners',
    start: 'Starts: {date}',
    hours: '{n} hours',
    weeksOne: '{n} week',
    weeksOther: '{n} weeks',
    courseLanguage: 'Course language: {language}',
    priceOnRequest: 'Price on request',
    more: 'Show more',
    emptyFiltered: 'No course matches your selection.',
    emptyRole: 'No course for “{role}” matches this selection right now.',
    emptyPreset: 'No course matches this selection right now.',
    emptyFeed: 'There are no courses listed at the moment.',
    reset: 'Reset filters',
    showAll: 'Show all courses',
  },
};
