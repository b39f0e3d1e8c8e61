import type { JSX } from 'react';
import type { ZoomTransform } from './zoom';
import { MAX_ZOOM, MIN_ZOOM } from './zoom';

export interface ZoomControlsProps {
  readonly transform: ZoomTransform;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onReset: () => void;
}

/**
 * "+", "−" and "Reset view": the wheel and drag are not discoverable, and not everyone has them.
 * Outside the focusable plot group so Tab reaches each button on its own.
 */
export function ZoomControls({ transform, onZoomIn, onZoomOut, onReset }: ZoomControlsProps): JSX.Element {
  const zoomed = transform.k !== 1 || transform.x !== 0 || transform.y !== 0;
  return (
    <div className="chart-actions zoom-controls" data-testid="zoom-controls" style={{ marginTop: 6 }}>
      <button
        type="button"
        className="button button--secondary button--small"
        data-testid="zoom-in"
        aria-label="Zoom in"
        disabled={transform.k >= MAX_ZOOM}
        onClick={onZoomIn}
      >
        +
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        data-testid="zoom-out"
        aria-label="Zoom out"
        disabled={transform.k <= MIN_ZOOM}
        onClick={onZoomOut}
      >
        −
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        data-testid="zoom-reset"
        disabled={!zoomed}
        onClick={onReset}
      >
        Reset view
      </button>
      <span style={{ color: 'var(--muted)', fontSize: 12 }}>
        {zoomed ? `${formatZoom(transform.k)}× · ` : ''}Wheel or +/− to zoom, drag or Shift+arrows to pan
      </span>
    </div>
  );
}

function formatZoom(k: number): string {
  return k >= 10 ? String(Math.round(k)) : String(Math.round(k * 10) / 10);
}
