// The part of the scan that loads on demand: the result, the comparison and the shared-link
// banner, with the code that reads links and files (it is only needed with them).
export { parseResultFile, readSharedResult } from '../../lib/scan/sharing';
export { scanResultText } from '../../i18n/scan/result';
export { ResultView } from './ResultView';
export { CompareView } from './CompareView';
export { SharedBanner } from './SharedBanner';
