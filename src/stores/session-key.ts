/**
 * The facilitator's private keys, one per session id, as non-extractable CryptoKeys in IndexedDB:
 * the browser can use such a key to open codes but nobody, not even this site's code, can read
 * its bytes out. localStorage holds only text, so the key cannot go through the storage module.
 * When IndexedDB is refused (some private modes) the key lives in memory for this tab only.
 */

const DB = 'vertrouwenswijzer';
const STORE = 'sleutels';
const memory = new Map<string, CryptoKey>();

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB, 1);
    } catch (e) {
      return reject(e);
    }
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Keeps a session's private key; 'memory' when the browser would not keep it beyond this tab. */
export async function keepKey(sessionId: string, key: CryptoKey): Promise<'kept' | 'memory'> {
  memory.set(sessionId, key);
  try {
    await run('readwrite', (s) => s.put(key, sessionId));
    return 'kept';
  } catch {
    return 'memory';
  }
}

export async function loadKey(sessionId: string): Promise<CryptoKey | undefined> {
  if (memory.has(sessionId)) return memory.get(sessionId);
  try {
    const key = await run<CryptoKey | undefined>(
      'readonly',
      (s) => s.get(sessionId) as IDBRequest<CryptoKey | undefined>,
    );
    if (key) memory.set(sessionId, key);
    return key;
  } catch {
    return undefined;
  }
}

/** Removes every key except the one given (none when left out). */
export async function forgetKeys(except?: string): Promise<void> {
  for (const id of memory.keys()) if (id !== except) memory.delete(id);
  try {
    const ids = await run('readonly', (s) => s.getAllKeys());
    for (const id of ids) if (id !== except) await run('readwrite', (s) => s.delete(id));
  } catch {
    // Nothing kept when IndexedDB is refused.
  }
}
