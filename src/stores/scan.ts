import { persistentAtom } from './site-storage';
import { scanCodec } from '../lib/scan/codec';

export const $scan = persistentAtom(scanCodec);
