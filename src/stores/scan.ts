import { persistentAtom } from './site-storage';
import { scanCodec } from '../lib/scan-storage';

export const $scan = persistentAtom(scanCodec);
