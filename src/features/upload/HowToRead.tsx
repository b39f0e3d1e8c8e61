/** What K-Means, the elbow and standardization mean here, in a few sentences each. */
function Explanations() {
  return (
    <dl className="how-to-read__list">
      <dt>K-Means</dt>
      <dd>
        Puts each customer in the segment whose centre (×) is nearest, moves each centre to the middle of its
        customers, and repeats until nothing changes. You choose how many segments there are: k.
      </dd>
      <dt>The elbow</dt>
      <dd>
        Inertia is how far customers are from their segment&apos;s centre, in total; it always falls as k
        grows. Pick the k after which it falls only a little, the bend in the curve. The app suggests one;
        click another point to compare.
      </dd>
      <dt>Standardization</dt>
      <dd>
        Before clustering every column is rescaled to mean 0 and standard deviation 1, so a column in
        thousands does not outweigh one in single digits. The plot can show the original units or the
        standardized ones.
      </dd>
    </dl>
  );
}

/**
 * "How to read this": open on the first screen, folded away once results are shown (the person
 * may want it again, but not in the way).
 */
export function HowToRead({ folded = false }: { readonly folded?: boolean }) {
  if (folded)
    return (
      <details className="card how-to-read" data-testid="how-to-read">
        <summary>How to read this: K-Means, the elbow, standardization</summary>
        <Explanations />
      </details>
    );
  return (
    <section className="card how-to-read" aria-labelledby="how-to-read-heading" data-testid="how-to-read">
      <h2 id="how-to-read-heading">How to read the results</h2>
      <Explanations />
    </section>
  );
}
