import { bestSilhouetteK } from '../../core/profile/qualityByK';
import { useAppStore } from '../../store/appStore';

/** Asks for silhouette and Calinski–Harabasz per k (they appear in the elbow's table) and sums them up. */
export function QualityPanel() {
  const quality = useAppStore((s) => s.quality);
  const computeQuality = useAppStore((s) => s.computeQuality);
  const setK = useAppStore((s) => s.setK);
  const best = quality.status === 'ready' ? bestSilhouetteK(quality.byK) : null;
  return (
    <div className="quality" data-testid="quality">
      {quality.status !== 'ready' && (
        <button
          type="button"
          className="button button--secondary button--small"
          data-testid="compute-quality"
          disabled={quality.status === 'computing'}
          onClick={() => void computeQuality()}
        >
          {quality.status === 'computing'
            ? 'Scoring each k…'
            : 'Score each k (silhouette, Calinski–Harabasz)'}
        </button>
      )}
      <div aria-live="polite">
        {quality.status === 'error' && <p role="alert">{quality.message}</p>}
        {quality.status === 'ready' && (
          <p data-testid="quality-summary">
            {best === null
              ? 'The scores are not defined for these clusterings.'
              : `Silhouette (separation, higher is better) is highest at k = ${best}. Scores are in the table below.`}{' '}
            {best !== null && (
              <button type="button" className="button button--link" onClick={() => setK(best)}>
                Use k = {best}
              </button>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
