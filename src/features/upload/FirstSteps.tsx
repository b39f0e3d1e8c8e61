import { useAppStore } from '../../store/appStore';
import { HowToRead } from './HowToRead';
import previewUrl from './preview-segments.svg';

/**
 * The first screen's lesson, shown until a table is in: what file works, what comes out (a small
 * picture of a real result, bundled with the app), and how to read it.
 */
export function FirstSteps() {
  const hasTable = useAppStore((s) => s.table !== null);
  if (hasTable) return null;
  return (
    <div className="first-steps" data-testid="first-steps">
      <section className="card first-steps__needs" aria-labelledby="first-steps-heading">
        <h2 id="first-steps-heading">What you need</h2>
        <ul>
          <li>A table with one row per customer: CSV, Excel (.xlsx) or Parquet.</li>
          <li>
            At least two numeric columns to group customers on, such as annual income and spending score.
          </li>
          <li>Optionally an ID column (like CustomerID): it names the points and stays in the download.</li>
          <li>Other columns (gender, region…) are kept, and summarised for each segment.</li>
        </ul>
      </section>
      <figure className="card first-steps__preview">
        <img
          data-testid="preview-picture"
          src={previewUrl}
          width={240}
          height={160}
          alt="Example result: 200 customers plotted by annual income and spending score, in five coloured segments, each centre marked with a cross."
        />
        <figcaption>
          What you get: your customers in segments (colours) with their centres (×), an elbow chart to choose
          how many segments, a profile of each, and your file back with a Cluster column.
        </figcaption>
      </figure>
      <HowToRead />
    </div>
  );
}
