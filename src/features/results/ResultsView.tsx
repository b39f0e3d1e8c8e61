import { useEffect, useRef, type RefObject } from 'react';
import { useAppStore } from '../../store/appStore';
import { HowToRead } from '../upload/HowToRead';
import { ElbowCard } from './ElbowCard';
import { ProfileCard } from './ProfileCard';
import { ScatterCard } from './ScatterCard';
import { useSegments } from './useSegments';

/**
 * Scrolls the results heading to the top of the window and focuses it whenever `revealResults` grows
 * (a newly loaded file, Run again): not on a change of k, which the person is watching already.
 */
function useRevealResults(): RefObject<HTMLHeadingElement | null> {
  const reveal = useAppStore((s) => s.revealResults);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const node = heading.current;
    if (reveal === 0 || node === null) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    node.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    // The button pressed (the sample's, Cancel's) may be gone or disabled: focus goes where the result is.
    node.focus({ preventScroll: true });
  }, [reveal]);
  return heading;
}

/** The elbow curve, the clustered customers for the chosen k, and the segment profiles. */
export function ResultsView() {
  const segments = useSegments();
  const fileName = useAppStore((s) => s.table?.fileName);
  const heading = useRevealResults();
  if (segments === null) return null;
  const largest = segments.profiles.reduce<(typeof segments.profiles)[number] | null>(
    (best, p) => (best === null || p.size > best.size ? p : best),
    null,
  );
  return (
    <section className="results-section" aria-labelledby="results-heading">
      <h2 id="results-heading" className="results-heading" tabIndex={-1} ref={heading}>
        Results for {fileName}
      </h2>
      <div className="results">
        {/* One sentence for screen readers whenever the result changes (new file, new k, new seed). */}
        <p className="visually-hidden" aria-live="polite" data-testid="results-announcer">
          {`${segments.k} segment${segments.k === 1 ? '' : 's'} ready.` +
            (largest === null
              ? ''
              : ` Largest: ${segments.names[largest.cluster] ?? ''}, ${largest.size} customers.`)}
        </p>
        <ElbowCard />
        <ScatterCard segments={segments} />
        <ProfileCard segments={segments} />
      </div>
      <HowToRead folded />
    </section>
  );
}
