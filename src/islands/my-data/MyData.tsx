import { useEffect, useState } from 'preact/hooks';
import type { BackupProblem } from '../../lib/core/backup';
import { backupFileName } from '../../lib/core/file-names';
import { SET_ASIDE_SUFFIX } from '../../lib/core/storage';
import { applyTheme as showTheme } from '../../lib/core/theme';
import { themeCodec } from '../../lib/core/theme-codec';
import { FEATURES, featureFor } from '../../stores/features';
import { reloadAll, siteStorage } from '../../stores/site-storage';
import { myDataText as t } from '../../i18n/core/my-data';
import { download } from '../shared/download';
import { Confirm } from '../shared/Confirm';
import { FileImport } from '../shared/FileImport';
import { FeatureCard, textOf, type Entry, type Found } from './FeatureCard';

// The backup format is needed only to download or read a file: it loads then.
const backups = () => import('../../lib/core/backup');

const intro = { persistent: t.whereIntro, 'read-only': t.readOnlyMode, memory: t.memoryMode };

const today = () => new Date().toISOString().slice(0, 10);

function applyTheme() {
  showTheme(document.documentElement.dataset, siteStorage.load(themeCodec).value);
}

function explain(problem: BackupProblem): string {
  switch (problem.reason) {
    case 'too-large':
      return t.problems.tooLarge;
    case 'not-json':
      return t.problems.notJson;
    case 'not-ours':
      return t.problems.notOurs;
    case 'too-new':
      return t.problems.tooNew;
    case 'unknown-key':
      return t.problems.unknownKey(problem.key);
    case 'unsafe-key':
      return t.problems.unsafeKey(problem.key);
    case 'bad-entry':
      return t.problems.badEntry(textOf(problem.key).label);
  }
}

/** "Mijn gegevens": what this device keeps, download it all, bring it back, delete it. */
export default function MyData() {
  const [live, setLive] = useState(false);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState<{ entries: Entry[]; exportedAt: string } | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);

  const [loaded, setLoaded] = useState<Record<string, Found['loaded']>>({});

  const refresh = () => {
    // Reading each feature as its own page would sets unreadable data aside (or holds it), so
    // this page warns about the same things, and the list below shows the copies it made.
    setLoaded(Object.fromEntries(FEATURES.map((f) => [f.codec.key, siteStorage.load(f.codec)])));
    setEntries(siteStorage.keys().map((key) => ({ key, raw: siteStorage.read(key) ?? '' })));
  };

  useEffect(() => {
    setLive(true);
    refresh();
    const onStorage = () => refresh();
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  if (!live)
    return (
      <div class="my-data">
        <h2 id="wat-we-bewaren">{t.whatTitle}</h2>
        <p>{t.needsJs}</p>
        <ul class="card-list">
          {FEATURES.map((f) => (
            <FeatureCard key={f.codec.key} feature={f} />
          ))}
        </ul>
      </div>
    );

  const afterChange = (text: string) => {
    reloadAll();
    applyTheme();
    refresh();
    setMessage(text);
  };

  const remove = (keys: string[], text: string) => {
    keys.forEach((k) => siteStorage.remove(k));
    for (const k of keys) void featureFor(k)?.forget?.();
    afterChange(text);
  };

  const withBackups = (use: (b: Awaited<ReturnType<typeof backups>>) => void) =>
    backups().then(use, () => setMessage(t.loadFailed));

  const onText = (text: string) =>
    void withBackups((b) =>
      read(
        b.parseBackup(
          text,
          FEATURES.map((f) => f.codec),
        ),
      ),
    );
  const read = (parsed: ReturnType<Awaited<ReturnType<typeof backups>>['parseBackup']>) => {
    if (!parsed.ok) return setMessage(`${t.importFailed} ${explain(parsed.problem)} ${t.nothingChanged}`);
    if (parsed.entries.length === 0) return setMessage(t.importEmpty);
    setMessage('');
    setPending({ entries: parsed.entries, exportedAt: parsed.exportedAt });
  };

  const confirmImport = () => {
    if (!pending) return;
    for (const e of pending.entries) siteStorage.writeRaw(e.key, e.raw);
    setPending(null);
    afterChange(t.imported(pending.entries.length));
  };

  const mine = (key: string) => entries.filter((e) => e.key === key || e.key === key + SET_ASIDE_SUFFIX);
  const unknown = entries.filter((e) => !featureFor(e.key));

  return (
    <div class="my-data">
      <p class="my-data__status" role="status">
        {message}
      </p>

      <h2 id="wat-we-bewaren">{t.whatTitle}</h2>
      <p>{intro[siteStorage.mode]}</p>
      <ul class="card-list">
        {FEATURES.map((f) => {
          const own = mine(f.codec.key);
          return (
            <FeatureCard
              key={f.codec.key}
              feature={f}
              found={{
                main: own.find((e) => e.key === f.codec.key),
                aside: own.find((e) => e.key.endsWith(SET_ASIDE_SUFFIX)),
                loaded: loaded[f.codec.key],
              }}
              onRemove={() =>
                remove(
                  own.map((e) => e.key),
                  t.deleted(textOf(f.codec.key).label),
                )
              }
            />
          );
        })}
        {unknown.length > 0 && (
          <li class="card card--static">
            <h3>{t.unknownTitle}</h3>
            <p>{t.unknownWhy}</p>
            <button
              type="button"
              class="button button--secondary"
              onClick={() =>
                remove(
                  unknown.map((e) => e.key),
                  t.deleted(t.unknownTitle),
                )
              }
            >
              {t.deleteUnknown}
            </button>
          </li>
        )}
      </ul>

      <h2 id="meenemen">{t.exportTitle}</h2>
      <p>{t.exportIntro}</p>
      <p class="button-row">
        <button
          type="button"
          class="button"
          disabled={entries.length === 0}
          onClick={() =>
            void withBackups((b) => {
              download(backupFileName(today()), 'application/json', b.buildBackup(entries, new Date()));
              setMessage(t.downloaded);
            })
          }
        >
          {t.download}
        </button>
        <FileImport label={t.import} onPick={() => setPending(null)} onText={onText} />
      </p>
      {pending && (
        <Confirm
          questionId="import-confirm-title"
          strong
          question={t.importConfirm(new Date(pending.exportedAt).toLocaleDateString('nl-NL'))}
          yes={t.importYes}
          cancel={t.cancel}
          onYes={confirmImport}
          onCancel={() => setPending(null)}
        >
          <ul>
            {pending.entries.map((e) => (
              <li key={e.key}>{textOf(e.key).label}</li>
            ))}
          </ul>
          <p>{t.importReplaces}</p>
        </Confirm>
      )}

      <h2 id="alles-verwijderen">{t.deleteAllTitle}</h2>
      <p>{t.deleteAllIntro}</p>
      {!confirmAll ? (
        <button
          type="button"
          class="button button--secondary"
          disabled={entries.length === 0}
          onClick={() => setConfirmAll(true)}
        >
          {t.deleteAll}
        </button>
      ) : (
        <Confirm
          label={t.deleteAll}
          strong
          question={t.deleteAllConfirm}
          yes={t.deleteAllYes}
          cancel={t.cancel}
          onYes={() => {
            setConfirmAll(false);
            remove(
              entries.map((e) => e.key),
              t.deletedAll,
            );
          }}
          onCancel={() => setConfirmAll(false)}
        />
      )}
    </div>
  );
}
