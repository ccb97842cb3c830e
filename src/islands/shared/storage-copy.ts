import { buildBackup } from '../../lib/core/backup';
import { backupFileName, originalFileName } from '../../lib/core/file-names';
import { siteStorage } from '../../stores/site-storage';
import { download } from './download';

const today = () => new Date().toISOString().slice(0, 10);

/** Downloads what these keys hold now (changes kept only in memory included) as a backup file. */
export function downloadCopy(keys: string[]) {
  const entries = keys.flatMap((key) => {
    const raw = siteStorage.read(key);
    return raw === null ? [] : [{ key, raw }];
  });
  download(backupFileName(today()), 'application/json', buildBackup(entries, new Date()));
}

/** Downloads what the browser stores under a key exactly as it is, readable or not. */
export function downloadOriginal(key: string, raw = siteStorage.readStored(key)) {
  if (raw !== null) download(originalFileName(key, today()), 'text/plain;charset=utf-8', raw);
}
