import type { Loaded } from '../../lib/core/storage';
import { byteLength } from '../../lib/core/storage';
import { featureFor, type Feature } from '../../stores/features';
import { featureTexts, myDataText as t, type FeatureText } from '../../i18n/core/my-data';
import { originalFileName } from '../../lib/core/file-names';
import { download } from '../shared/download';

export interface Entry {
  key: string;
  raw: string;
}

/** What the page found for one feature: its stored entry, a set-aside copy, and how it read. */
export interface Found {
  main?: Entry | undefined;
  aside?: Entry | undefined;
  loaded?: Pick<Loaded<unknown>, 'status' | 'kept'> | undefined;
}

const downloadOriginal = (key: string, raw: string) =>
  download(originalFileName(key, new Date().toISOString().slice(0, 10)), 'text/plain;charset=utf-8', raw);

/** A stored key in the visitor's words: its feature's texts (a set-aside copy's too), or the key itself. */
export const textOf = (key: string): FeatureText =>
  featureTexts[featureFor(key)?.codec.key ?? key] ?? { label: key, why: '', remove: t.deleteFeature(key) };

const kb = (raw: string) => Math.max(1, Math.round(byteLength(raw) / 1024));

/**
 * One thing the site may keep, and why. Without `found` (server HTML, before the island runs)
 * only that; with it, what is stored now, a warning when it cannot be read, and what to do.
 */
export function FeatureCard({
  feature,
  found,
  onRemove,
}: {
  feature: Feature;
  found?: Found;
  onRemove?: () => void;
}) {
  const { main, aside, loaded } = found ?? {};
  const why = loaded && t.unreadable[loaded.status];
  const text = textOf(feature.codec.key);
  return (
    <li class="card card--static">
      <h3>{text.label}</h3>
      <p>{text.why}</p>
      {found && main && why ? (
        <p class="card__warning">
          {loaded.kept === 'in-place'
            ? t.unreadableHeld(kb(main.raw), why)
            : t.unreadableAside(kb(main.raw), why)}{' '}
          {loaded.kept === 'in-place' && (
            <button type="button" class="linkish" onClick={() => downloadOriginal(main.key, main.raw)}>
              {t.downloadOriginal}
            </button>
          )}
        </p>
      ) : (
        found && <p class="card__meta">{main ? t.stored(kb(main.raw)) : t.nothing}</p>
      )}
      {aside && (
        <p class="card__meta">
          {t.setAside}{' '}
          <button type="button" class="linkish" onClick={() => downloadOriginal(aside.key, aside.raw)}>
            {t.downloadCopy}
          </button>
        </p>
      )}
      {(main || aside) && onRemove && (
        <button type="button" class="button button--secondary" onClick={onRemove}>
          {text.remove}
        </button>
      )}
    </li>
  );
}
