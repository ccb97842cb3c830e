import { decodeScanContent } from '../../lib/scan/content-codec';
import type { ScanContent } from '../../lib/scan/content';
import { readSiteData } from '../shared/site-data';

/** The instruments in full, from the file the build writes beside the page (loaded on demand). */
export const loadScanContent = (): Promise<ScanContent> =>
  readSiteData('scan/vragenlijsten.json', decodeScanContent);
