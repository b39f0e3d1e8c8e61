import { isReportable } from './appError';
import type { AppActions } from './state';
import type { StoreContext } from './storeContext';

/** The actions about naming segments and judging k. */
export function segmentActions({
  set,
  get,
  services,
  analyses,
}: StoreContext): Pick<
  AppActions,
  'setSegmentName' | 'resetSegmentNames' | 'setIncludeSegmentColumn' | 'computeQuality'
> {
  return {
    setSegmentName(cluster, name) {
      const { k, segmentNameEdits } = get();
      const forK = { ...(segmentNameEdits[k] ?? {}) };
      // Kept as typed (even empty, so the field can be cleared and retyped); segmentNames() falls
      // back to the suggestion for a blank one. Tabs and line breaks would break the CSV's readers.
      forK[cluster] = name.replace(/[\r\n\t]+/g, ' ');
      set({ segmentNameEdits: { ...segmentNameEdits, [k]: forK }, includeSegmentColumn: true });
    },

    resetSegmentNames() {
      const { k, segmentNameEdits } = get();
      const rest = { ...segmentNameEdits };
      delete rest[k];
      set({ segmentNameEdits: rest });
    },

    setIncludeSegmentColumn(include) {
      set({ includeSegmentColumn: include });
    },

    async computeQuality() {
      const { analysis, featureValues, seed } = get();
      if (analysis === null) return;
      // The scores belong to this analysis: a newer one (or a cancel) drops them.
      const ticket = analyses.join();
      set({ quality: { status: 'computing' } });
      try {
        // In a worker: silhouette is O(n²) on up to 4,000 sampled rows per k, too long for the main thread.
        const byK = await services.analysis.quality({
          columns: featureValues,
          mean: analysis.mean,
          scale: analysis.scale,
          byK: analysis.byK.map(({ k, rowLabels }) => ({ k, rowLabels })),
          seed,
        });
        if (ticket.isLatest()) set({ quality: { status: 'ready', byK } });
      } catch (error) {
        if (!isReportable(ticket, error)) return;
        set({
          quality: { status: 'error', message: error instanceof Error ? error.message : String(error) },
        });
      }
    },
  };
}
