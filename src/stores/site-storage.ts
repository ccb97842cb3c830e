import { atom } from 'nanostores';
import { SiteStorage, type Codec, type LoadStatus } from '../lib/core/storage';

/** One storage for the whole page: the browser's, or memory when the browser refuses. */
export const siteStorage = new SiteStorage(typeof window === 'undefined' ? undefined : safeLocalStorage());

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * `memory`: no browser storage at all; `unsaved`: what is stored can be read, but changes are not
 * kept (storage refused or full); `held`: unreadable data stays untouched where it is, so changes
 * are not kept until the visitor downloads or deletes it.
 */
export type NoticeKind = LoadStatus | 'memory' | 'unsaved' | 'held' | 'too-large-save';

export interface StorageNotice {
  key: string;
  kind: NoticeKind;
}

/** Things the visitor must be told about their saved data; islands show those for their keys. */
export const $notices = atom<StorageNotice[]>([]);

export function notify(key: string, kind: NoticeKind) {
  const current = $notices.get();
  if (!current.some((n) => n.key === key && n.kind === kind)) $notices.set([...current, { key, kind }]);
}

export function dismiss(key: string) {
  $notices.set($notices.get().filter((n) => n.key !== key));
}

const reloaders = new Map<string, () => void>();

/** Re-reads every persistent store from storage, e.g. after an import or a delete on this page. */
export function reloadAll() {
  for (const reload of reloaders.values()) reload();
}

/**
 * A nanostore that loads from and saves through the storage envelope, and follows changes made
 * in other tabs. On the server it holds the empty value.
 */
export function persistentAtom<T>(codec: Codec<T>) {
  const store = atom<T>(codec.empty());
  if (typeof window === 'undefined') return store;

  const setInMemory = store.set.bind(store);
  const load = () => {
    const loaded = siteStorage.load(codec);
    if (loaded.kept === 'in-place') notify(codec.key, 'held');
    else if (loaded.status !== 'ok' && loaded.status !== 'empty') notify(codec.key, loaded.status);
    setInMemory(loaded.value);
  };
  load();
  reloaders.set(codec.key, load);
  if (siteStorage.mode === 'memory') notify(codec.key, 'memory');
  if (siteStorage.mode === 'read-only') notify(codec.key, 'unsaved');

  window.addEventListener('storage', (event) => {
    if (event.key === codec.key || event.key === null) load();
  });

  store.set = (value: T) => {
    setInMemory(value);
    const outcome = siteStorage.save(codec, value);
    if (outcome === 'memory' || outcome === 'unsaved' || outcome === 'held') notify(codec.key, outcome);
    if (outcome === 'too-large') notify(codec.key, 'too-large-save');
  };
  return store;
}
