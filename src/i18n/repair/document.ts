import type { PlanDocTexts } from '../../lib/repair/export/document';
import { formatDate, phaseNames, scaleNames, situationQuestions, situationShort } from './builder';
import { conversationText, exportText, factorNames, formatIndex, rhythmNames } from './steps';

/** The words of a plan document (print view, Markdown), handed to the exporters by the island. */
export const planDocText: PlanDocTexts = {
  docTitle: exportText.docTitle,
  formatDate,
  formatIndex,
  phaseNames,
  rhythmNames,
  scaleNames,
  factorNames,
  situationShort,
  situationOptions: {
    relationship: situationQuestions.relationship.options,
    role: situationQuestions.role.options,
    violation: situationQuestions.violation.options,
    severity: situationQuestions.severity.options,
    timing: situationQuestions.timing.options,
    talked: situationQuestions.talked.options,
  },
  conversation: conversationText,
};
