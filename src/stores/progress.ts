import { persistentAtom } from './site-storage';
import { progressCodec } from '../lib/progress';

export const $progress = persistentAtom(progressCodec);
