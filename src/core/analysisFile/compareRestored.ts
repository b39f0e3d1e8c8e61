import type { ClusteringForK } from '../dataset/assembleAnalysis';
import type { AnalysisFile } from './format';

/**
 * Whether re-running the saved settings on the saved file found the saved clustering again: the same
 * sizes and the same centres, bit for bit (a saved number reads back exactly). Null when it did; else
 * a sentence saying what differs, so a restore never passes off different labels as the saved ones.
 */
export function compareRestored(saved: AnalysisFile, clustering: ClusteringForK | undefined): string | null {
  if (clustering === undefined || clustering.k !== saved.kmeans.k)
    return `The re-run has no clustering with k = ${saved.kmeans.k}, so the saved segments could not be restored.`;
  const differing = saved.segments.filter((segment, c) => {
    const centre = clustering.centroids[c] ?? [];
    return (
      clustering.sizes[c] !== segment.size ||
      centre.length !== segment.centroid.length ||
      segment.centroid.some((value, j) => centre[j] !== value)
    );
  });
  if (differing.length === 0) return null;
  const clusters = differing.map((segment) => segment.cluster).join(', ');
  return (
    `The re-run did not find the saved segments again: cluster${differing.length === 1 ? '' : 's'} ${clusters} ` +
    `${differing.length === 1 ? 'differs' : 'differ'} in size or centre, so the labels shown are not the saved ones.`
  );
}
