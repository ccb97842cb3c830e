import * as v from 'valibot';

/** A whole number that JSON and JavaScript both keep exactly. */
export const int = v.pipe(v.number(), v.safeInteger());
