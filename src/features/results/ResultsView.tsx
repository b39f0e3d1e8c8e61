import { ElbowCard } from './ElbowCard';
import { ProfileCard } from './ProfileCard';
import { ScatterCard } from './ScatterCard';
import { useSegments } from './useSegments';

/** The elbow curve, the clustered customers for the chosen k, and the segment profiles. */
export function ResultsView() {
  const segments = useSegments();
  if (segments === null) return null;
  const largest = segments.profiles.reduce<(typeof segments.profiles)[number] | null>(
    (best, p) => (best === null || p.size > best.size ? p : best),
    null,
  );
  return (
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
  );
}
