import { persistentAtom } from './site-storage';
import { plansCodec } from '../lib/repair/plan-codec';

/** The visitor's repair plans on this device. */
export const $plans = persistentAtom(plansCodec);
