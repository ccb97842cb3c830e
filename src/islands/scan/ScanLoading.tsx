import { scanText as t } from '../../i18n/scan/scan';

/** While a part of the scan loads (the questions, or a result's views): that it does, or that it failed. */
export function ScanLoading({
  failed,
  retry,
  result,
}: {
  failed: boolean;
  retry: () => void;
  result: boolean;
}) {
  if (!failed) return <p role="status">{result ? t.loading : t.loadingQuestions}</p>;
  return (
    <div class="scan-problem" role="alert">
      <p>{result ? t.loadFailed : t.questionsFailed}</p>
      <button type="button" class="button button--secondary" onClick={retry}>
        {t.retry}
      </button>
    </div>
  );
}
