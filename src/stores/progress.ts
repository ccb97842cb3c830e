import { persistentAtom } from './site-storage';
import { progressCodec } from '../lib/quiz/progress';

export const $progress = persistentAtom(progressCodec);
