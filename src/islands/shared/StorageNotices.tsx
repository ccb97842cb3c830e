import { useStore } from '../../stores/use-store';
import { $notices, dismiss } from '../../stores/site-storage';
import { noticeText, storageText } from '../../i18n/core/storage';
import { siteHref } from './site-path';

/** Tells the visitor what happened to their saved data for these keys; the page keeps working. */
export function StorageNotices({ keys }: { keys: string[] }) {
  const notices = useStore($notices).filter((n) => keys.includes(n.key) && noticeText[n.kind]);
  if (notices.length === 0) return null;
  return (
    <div class="storage-notice" role="status" aria-label={storageText.noticeLabel}>
      {notices.map((n) => (
        <p key={`${n.key}-${n.kind}`}>{noticeText[n.kind]}</p>
      ))}
      <p class="storage-notice__actions">
        <a href={siteHref('mijn-gegevens/')}>{storageText.myDataLink}</a>
        <button type="button" class="button button--secondary" onClick={() => keys.forEach(dismiss)}>
          {storageText.dismiss}
        </button>
      </p>
    </div>
  );
}
