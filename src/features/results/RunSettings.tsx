import { useState } from 'react';
import type { FormEvent } from 'react';
import { FOUND_ENOUGH } from '../../core/cluster/restartSearch';
import { useAppStore } from '../../store/appStore';

/**
 * The seed, the number of restarts and the search, visible and changeable: k-means++ starts are
 * random, so these are what makes a picture reproducible (same file, columns and settings → same
 * result). Matching scikit-learn runs exactly nInit restarts; the thorough search (the default)
 * starts with the same nInit and adds restarts until its best is confirmed, never by the clock.
 */
export function RunSettings() {
  const seed = useAppStore((s) => s.seed);
  const nInit = useAppStore((s) => s.nInit);
  const matchSklearn = useAppStore((s) => s.matchSklearn);
  const setMatchSklearn = useAppStore((s) => s.setMatchSklearn);
  const busy = useAppStore((s) => s.status === 'computing');
  const setSeed = useAppStore((s) => s.setSeed);
  const setNInit = useAppStore((s) => s.setNInit);
  const [seedText, setSeedText] = useState(String(seed));
  const [nInitText, setNInitText] = useState(String(nInit));
  const [shown, setShown] = useState({ seed, nInit });
  // Follow the store when it changes elsewhere (a new file keeps them, a reset restores defaults).
  if (shown.seed !== seed || shown.nInit !== nInit) {
    setShown({ seed, nInit });
    setSeedText(String(seed));
    setNInitText(String(nInit));
  }

  const apply = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const nextSeed = Number(seedText);
    const nextNInit = Number(nInitText);
    if (Number.isInteger(nextNInit) && nextNInit >= 1 && nextNInit !== nInit) await setNInit(nextNInit);
    if (Number.isInteger(nextSeed) && nextSeed >= 0 && nextSeed !== seed) await setSeed(nextSeed);
  };

  return (
    <form className="run-settings" onSubmit={(event) => void apply(event)} data-testid="run-settings">
      <label>
        Random seed
        <input
          type="number"
          min={0}
          step={1}
          inputMode="numeric"
          value={seedText}
          data-testid="seed"
          onChange={(event) => setSeedText(event.currentTarget.value)}
        />
      </label>
      <label>
        {matchSklearn ? 'Restarts per k' : 'First restarts per k'}
        <input
          type="number"
          min={1}
          max={100}
          step={1}
          inputMode="numeric"
          value={nInitText}
          data-testid="n-init"
          onChange={(event) => setNInitText(event.currentTarget.value)}
        />
      </label>
      <button type="submit" className="button button--secondary button--small" disabled={busy}>
        Recompute
      </button>
      <label className="run-settings__check">
        <input
          type="checkbox"
          checked={matchSklearn}
          disabled={busy}
          data-testid="match-sklearn"
          onChange={(event) => void setMatchSklearn(event.currentTarget.checked)}
        />
        Match scikit-learn exactly (n_init = {nInit})
      </label>
      <span className="download__hint" data-testid="reproducibility">
        {matchSklearn
          ? `Seed ${seed}, best of ${nInit} restart${nInit === 1 ? '' : 's'} per k, as scikit-learn's KMeans(n_init = ${nInit}, random_state = ${seed})`
          : `Seed ${seed}, at least ${nInit} restart${nInit === 1 ? '' : 's'} per k, more until the best is found ${FOUND_ENOUGH} times, then iterated to a fixed point`}
        : the same seed gives the same picture.
      </span>
    </form>
  );
}
