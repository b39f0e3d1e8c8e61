import { useId } from 'react';
import { foundText, refinedText } from '../../charts/shared/format';
import { useAppStore } from '../../store/appStore';
import { selectChosen } from '../../store/selectChosen';

/** Picks k. Every k's clustering is already computed, so moving it redraws at once. */
export function KSlider() {
  const k = useAppStore((s) => s.k);
  const setK = useAppStore((s) => s.setK);
  const largestK = useAppStore((s) => s.analysis?.byK.length ?? 0);
  const suggested = useAppStore((s) => s.analysis?.suggestion.k ?? null);
  const chosen = useAppStore(selectChosen);
  const id = useId();
  if (largestK === 0) return null;

  return (
    <div className="slider">
      <label htmlFor={id}>Number of clusters (k)</label>
      <input
        id={id}
        type="range"
        min={1}
        max={largestK}
        step={1}
        value={k}
        aria-valuetext={`k = ${k}${k === suggested ? ' (suggested)' : ''}`}
        data-testid="k-slider"
        onChange={(event) => setK(Number(event.currentTarget.value))}
      />
      <output htmlFor={id} className="slider__value" data-testid="k-value" aria-live="polite">
        {k}
      </output>
      {suggested !== null && k !== suggested && (
        <button type="button" className="button button--link" onClick={() => setK(suggested)}>
          Back to suggested k = {suggested}
        </button>
      )}
      {chosen !== undefined && (
        <span className="slider__note" data-testid="restarts-note">
          Best of {chosen.restarts} restart{chosen.restarts === 1 ? '' : 's'}; {foundText(chosen.bestFoundBy)}
          {chosen.refined !== null && `; ${refinedText(chosen.refined, chosen.inertia)}`}
        </span>
      )}
    </div>
  );
}
