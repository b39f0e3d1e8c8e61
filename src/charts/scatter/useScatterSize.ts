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
    measure();
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
