/** The matcher's public result: the `rolefit-match` event detail and the `result` property. */
export interface RoleFit {
  id: string;
  /** Role name in the UI language. */
  name: string;
  /** Fit in [0, 1]. */
  score: number;
}

export interface Reason {
  questionId: string;
  optionId: string;
}

export interface MatchResult {
  /** The winning role's id. */
  top: string;
  /** Every role, best fit first; ties keep the feed's role order. */
  roles: RoleFit[];
  /** Up to 3 answers that pointed most strongly to the top role, strongest first. */
  reasons: Reason[];
}

/** Chosen option id per question id. */
export type Answers = Record<string, string>;
