import { useState } from 'react';
import type { FormEvent } from 'react';
import { useAppStore } from '../../store/appStore';

/**
 * The seed and number of restarts, visible and changeable: k-means++ starts are random, so these two
 * numbers are what makes a picture reproducible (same file, columns, seed and restarts → same result).
 */
export function RunSettings() {
  const seed = useAppStore((s) => s.seed);
  const nInit = useAppStore((s) => s.nInit);
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
        Restarts per k
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
      <span className="download__hint" data-testid="reproducibility">
        Seed {seed}, best of {nInit} restart{nInit === 1 ? '' : 's'}: the same seed gives the same picture.
      </span>
    </form>
  );
}
