import { qualityByK } from '../core/profile/qualityByK';
import type { AppActions, AppState } from './state';

type Set = (partial: Partial<AppState>) => void;
type Get = () => AppState;

/** Actions about naming segments and judging k; split from createAppStore to keep files small. */
export function segmentActions(
  set: Set,
  get: Get,
  currentTicket: () => number,
): Pick<AppActions, 'setSegmentName' | 'resetSegmentNames' | 'setIncludeSegmentColumn' | 'computeQuality'> {
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
      const ticket = currentTicket();
      set({ quality: { status: 'computing' } });
      // Yield once so "Computing…" is painted (and announced) before the main thread is busy. For
      // the ≤ 5,000-row tables this app targets it takes well under a second; silhouette samples
      // 4,000 rows above that, so the cost stays bounded for bigger files too.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (ticket !== currentTicket()) return;
      try {
        const byK = qualityByK({
          columns: featureValues,
          mean: analysis.mean,
          scale: analysis.scale,
          byK: analysis.byK,
          seed,
        });
        set({ quality: { status: 'ready', byK } });
      } catch (error) {
        set({
          quality: { status: 'error', message: error instanceof Error ? error.message : String(error) },
        });
      }
    },
  };
}
