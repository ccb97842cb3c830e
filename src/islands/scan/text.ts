import { scanText } from '../../i18n/scan/scan';
import { scanResultText } from '../../i18n/scan/result';

/** The texts of the result views: the scan's and the result's own. */
export const t = { ...scanText, ...scanResultText };
