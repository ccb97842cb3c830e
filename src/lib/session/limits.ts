/**
 * Sizes and limits of the session formats, apart from their code so the stored-data check on
 * Mijn gegevens can use them without loading the crypto.
 */

/** Session ids are 9 random bytes as base64url. */
export const SESSION_ID_CHARS = 12;
/** The longest public label a session link carries. */
export const LABEL_MAX = 40;
/** A raw uncompressed P-256 public key (65 bytes) as base64url. */
export const PUBLIC_KEY_CHARS = 87;
/** The most scales an instrument may have (held equal to the content schema's limit by a test). */
export const MAX_SCALES = 12;
export const DEFAULT_FLOOR = 5;
export const MIN_FLOOR = 3;
export const MAX_FLOOR = 50;
