import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent, RefObject } from 'react';
import type { PlotSize, ZoomTransform } from './zoom';
import { IDENTITY, ZOOM_STEP, panBy, zoomAbout, zoomCentre } from './zoom';

/** Where the plot area sits in the drawing (viewBox units), to turn pointer positions into plot pixels. */
export interface PlotBox extends PlotSize {
  readonly left: number;
  readonly top: number;
  /** Whole drawing width in viewBox units (the svg is scaled to its container's width). */
  readonly drawingWidth: number;
}

export interface Zoom {
  readonly transform: ZoomTransform;
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly reset: () => void;
  /** +, −, 0 and Shift+arrows; true when the key was used (plain arrows stay for stepping points). */
  readonly onKey: (event: KeyboardEvent<HTMLElement>) => boolean;
  readonly onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  readonly onPointerMove: (event: PointerEvent<HTMLElement>) => boolean;
  readonly onPointerUp: (event: PointerEvent<HTMLElement>) => void;
  /** Pointer position in plot-area pixels (viewBox units), for hit tests. */
  readonly toPlot: (el: Element, clientX: number, clientY: number) => [number, number];
}

const PAN_STEP = 40; // plot pixels per Shift+arrow

/**
 * Zoom and pan state with React handlers only (d3-zoom's math, not its DOM bindings). The view
 * resets whenever `resetKey` changes (new data or size): an old window over new data misleads.
 * The wheel needs one native listener, because React's wheel handlers are passive and could not
 * stop the page from scrolling while the user zooms.
 */
export function useZoom(resetKey: unknown, box: PlotBox, plotRef: RefObject<HTMLElement | null>): Zoom {
  const [state, setState] = useState({ key: resetKey, t: IDENTITY });
  const transform = state.key === resetKey ? state.t : IDENTITY;
  const drag = useRef<{ id: number; x: number; y: number } | null>(null);
  const { width, height, left, top, drawingWidth } = box;
  const size: PlotSize = { width, height };

  const update = (f: (t: ZoomTransform) => ZoomTransform): void =>
    setState((s) => ({ key: resetKey, t: f(s.key === resetKey ? s.t : IDENTITY) }));
  const toPlot = useCallback(
    (el: Element, clientX: number, clientY: number): [number, number] => {
      const rect = el.getBoundingClientRect();
      const unit = rect.width > 0 ? drawingWidth / rect.width : 1;
      return [(clientX - rect.left) * unit - left, (clientY - rect.top) * unit - top];
    },
    [drawingWidth, left, top],
  );

  useEffect(() => {
    const el = plotRef.current;
    if (el === null) return undefined;
    const onWheel = (event: WheelEvent): void => {
      event.preventDefault();
      const [px, py] = toPlot(el, event.clientX, event.clientY);
      const lines = event.deltaMode === 1 ? 20 : event.deltaMode === 2 ? 400 : 1;
      const factor = 2 ** (-event.deltaY * lines * 0.002);
      setState((s) => ({
        key: resetKey,
        t: zoomAbout(s.key === resetKey ? s.t : IDENTITY, factor, px, py, { width, height }),
      }));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [plotRef, toPlot, resetKey, width, height]);

  return {
    transform,
    toPlot,
    zoomIn: () => update((t) => zoomCentre(t, ZOOM_STEP, size)),
    zoomOut: () => update((t) => zoomCentre(t, 1 / ZOOM_STEP, size)),
    reset: () => update(() => IDENTITY),
    onKey: (event) => {
      const { key } = event;
      if (key === '+' || key === '=') update((t) => zoomCentre(t, ZOOM_STEP, size));
      else if (key === '-' || key === '_' || key === '−') update((t) => zoomCentre(t, 1 / ZOOM_STEP, size));
      else if (key === '0') update(() => IDENTITY);
      else if (event.shiftKey && key.startsWith('Arrow')) {
        const dx = key === 'ArrowLeft' ? PAN_STEP : key === 'ArrowRight' ? -PAN_STEP : 0;
        const dy = key === 'ArrowUp' ? PAN_STEP : key === 'ArrowDown' ? -PAN_STEP : 0;
        update((t) => panBy(t, dx, dy, size));
      } else return false;
      event.preventDefault();
      return true;
    },
    onPointerDown: (event) => {
      if (event.button !== 0 || event.pointerType === 'touch') return;
      drag.current = { id: event.pointerId, x: event.clientX, y: event.clientY };
    },
    onPointerMove: (event) => {
      const d = drag.current;
      if (d === null || d.id !== event.pointerId) return false;
      const rect = event.currentTarget.getBoundingClientRect();
      const unit = rect.width > 0 ? drawingWidth / rect.width : 1;
      const dx = (event.clientX - d.x) * unit;
      const dy = (event.clientY - d.y) * unit;
      drag.current = { ...d, x: event.clientX, y: event.clientY };
      if (dx !== 0 || dy !== 0) update((t) => panBy(t, dx, dy, size));
      return true;
    },
    onPointerUp: (event) => {
      if (drag.current?.id === event.pointerId) drag.current = null;
    },
  };
}
