import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import { scatterSize, type ScatterSize } from './size';

/**
 * The scatter's drawing size for the element `ref` points at, following its width (ResizeObserver)
 * and the window's height. Without ResizeObserver (jsdom) it stays at scatterSize's default.
 */
export function useScatterSize(ref: RefObject<HTMLElement | null>): ScatterSize {
  const [size, setSize] = useState<ScatterSize>(() => scatterSize(NaN, NaN));
  useEffect(() => {
    const el = ref.current;
    if (el === null || typeof ResizeObserver === 'undefined') return undefined;
    const measure = (): void => {
      const next = scatterSize(el.clientWidth, window.innerHeight);
      setSize((s) => (s.width === next.width && s.height === next.height ? s : next));
    };
    // Not measured here at once: reading clientWidth in the commit forces the layout of the whole
    // results page into the same task (tens of ms); the observer's first report, right after the
    // browser's own layout, gives the size before the first paint anyway.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
  return size;
}
