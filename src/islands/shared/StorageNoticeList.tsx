import { dismiss, type StorageNotice } from '../../stores/site-storage';
import { noticeText, storageText } from '../../i18n/core/storage';
import { downloadCopy, downloadOriginal } from './storage-copy';
import { siteHref } from './site-path';

/** The notices about saved data for these keys, with what the visitor can do about them. */
export function StorageNoticeList({ keys, all }: { keys: string[]; all: StorageNotice[] }) {
  const notices = all.filter((n) => noticeText[n.kind]);
  if (notices.length === 0) return null;
  // Changes that live only in this page view can be kept as a file; held originals too.
  const unsaved = notices.filter((n) => n.kind === 'unsaved' || n.kind === 'memory').map((n) => n.key);
  const held = notices.filter((n) => n.kind === 'held').map((n) => n.key);
  return (
    <div class="storage-notice" role="status" aria-label={storageText.noticeLabel}>
      {notices.map((n) => (
        <p key={`${n.key}-${n.kind}`}>{noticeText[n.kind]}</p>
      ))}
      <p class="storage-notice__actions">
        {held.length > 0 && (
          <button type="button" class="button" onClick={() => held.forEach((k) => downloadOriginal(k))}>
            {storageText.downloadOriginal}
          </button>
        )}
        {unsaved.length > 0 && (
          <button type="button" class="button" onClick={() => downloadCopy(unsaved)}>
            {storageText.downloadCopy}
          </button>
        )}
        <a href={siteHref('mijn-gegevens/')}>{storageText.myDataLink}</a>
        <button type="button" class="button button--secondary" onClick={() => keys.forEach(dismiss)}>
          {storageText.dismiss}
        </button>
      </p>
    </div>
  );
}
