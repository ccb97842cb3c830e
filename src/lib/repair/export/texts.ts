/**
 * The words of the Markdown and iCalendar files: the island passes its language's texts, so the
 * exporters stay free of any one language.
 */
export interface PlanFileTexts {
  docTitle: (planName: string) => string;
  madeWith: (date: string, url: string) => string;
  formalNote: string;
  situationTitle: string;
  growthTitle: string;
  actionsTitle: string;
  who: string;
  when: string;
  why: string;
  readMore: string;
  checkInsTitle: string;
  rhythm: string;
  planned: string;
  index: string;
  modelNote: string;
  conversationTitle: string;
  icalCheckIn: (planName: string) => string;
  icalCheckInText: (url: string) => string;
  icalFromPlan: (planName: string) => string;
}
