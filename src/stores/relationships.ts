import { persistentAtom } from './site-storage';
import { relationshipsCodec } from '../lib/quotient/relationships-codec';

/** The relationships saved in the quotient calculator on this device. */
export const $relationships = persistentAtom(relationshipsCodec);
