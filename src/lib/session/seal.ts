import { concatBytes, utf8 } from './bytes';

/**
 * Public-key sealing with the platform's WebCrypto only: ECDH P-256 with a fresh ephemeral key per
 * message, HKDF-SHA-256 over the shared secret (salted with the ephemeral public key) and
 * AES-256-GCM. Only the holder of the recipient's private key can open a sealed message; a changed
 * byte, or other additional data, makes opening fail.
 */

const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const INFO = utf8('vertrouwenswijzer groepssessie 1');

/** An uncompressed P-256 point: 0x04, x, y. */
export const PUBLIC_KEY_BYTES = 65;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

/** A session's key pair; the private key cannot be exported, only used. */
export async function generateSessionKeys(): Promise<{
  publicKey: Uint8Array<ArrayBuffer>;
  privateKey: CryptoKey;
}> {
  const pair = (await crypto.subtle.generateKey(CURVE, false, ['deriveBits'])) as CryptoKeyPair;
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { publicKey, privateKey: pair.privateKey };
}

async function messageKey(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  ephemeralRaw: Uint8Array<ArrayBuffer>,
  usage: KeyUsage,
) {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const ikm = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: ephemeralRaw, info: INFO },
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

const importPublic = (raw: Uint8Array<ArrayBuffer>) => crypto.subtle.importKey('raw', raw, CURVE, false, []);

/** ephemeral public key ‖ IV ‖ ciphertext with tag. Throws when the recipient key is no P-256 point. */
export async function seal(
  recipientRaw: Uint8Array<ArrayBuffer>,
  plaintext: Uint8Array<ArrayBuffer>,
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const recipient = await importPublic(recipientRaw);
  const ephemeral = (await crypto.subtle.generateKey(CURVE, true, ['deriveBits'])) as CryptoKeyPair;
  const ephemeralRaw = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const key = await messageKey(ephemeral.privateKey, recipient, ephemeralRaw, 'encrypt');
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, plaintext),
  );
  return concatBytes(ephemeralRaw, iv, sealed);
}

/** The plaintext, or undefined when the message was not sealed to this key, was changed, or is cut short. */
export async function open(
  privateKey: CryptoKey,
  message: Uint8Array<ArrayBuffer>,
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (message.length < PUBLIC_KEY_BYTES + IV_BYTES + TAG_BYTES) return undefined;
  try {
    const ephemeralRaw = message.slice(0, PUBLIC_KEY_BYTES);
    const ephemeral = await importPublic(ephemeralRaw);
    const key = await messageKey(privateKey, ephemeral, ephemeralRaw, 'decrypt');
    const iv = message.slice(PUBLIC_KEY_BYTES, PUBLIC_KEY_BYTES + IV_BYTES);
    const body = message.slice(PUBLIC_KEY_BYTES + IV_BYTES);
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, body));
  } catch {
    return undefined;
  }
}
