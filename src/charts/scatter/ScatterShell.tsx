import type { JSX, KeyboardEvent, PointerEvent, ReactNode, RefObject } from 'react';
import { FONT_FAMILY } from '../shared/theme';
import type { LegendEntry } from './legendEntries';
import { Legend } from './Legend';
import type { Zoom } from './useZoom';
import { ZoomControls } from './ZoomControls';

export interface ScatterShellProps {
  readonly plotRef: RefObject<HTMLDivElement | null>;
  readonly zoom: Zoom;
  /** Read by screen readers as the plot group's name. */
  readonly ariaLabel: string;
  /** What the live region says about the active point ('' = nothing). */
  readonly announcement: string;
  /** Keys other than the zoom keys (point stepping, Escape). */
  readonly onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** Pointer moved without dragging: hover hit-testing (canvas path). */
  readonly onHover?: (event: PointerEvent<HTMLDivElement>) => void;
  readonly onLeave: () => void;
  readonly legend: readonly LegendEntry[];
  readonly shapes: boolean;
  readonly showCentroid: boolean;
  readonly note?: string;
  /** Current x and y domains, exposed as data attributes for tests and debugging. */
  readonly domains: string;
  readonly renderer: 'svg' | 'canvas';
  readonly children: ReactNode;
}

/**
 * Everything around the drawing that both renderers share: the focusable plot group with its zoom,
 * pan and keyboard handlers, the zoom buttons, the live region and the HTML legend.
 */
export function ScatterShell(props: ScatterShellProps): JSX.Element {
  const { plotRef, zoom, onKeyDown, onHover, onLeave } = props;
  return (
    <figure
      data-testid="cluster-scatter-figure"
      data-renderer={props.renderer}
      data-domains={props.domains}
      style={{ margin: 0, fontFamily: FONT_FAMILY }}
    >
      <div
        ref={plotRef}
        className="scatter__plot"
        tabIndex={0}
        role="group"
        aria-label={props.ariaLabel}
        onKeyDown={(event) => {
          if (!zoom.onKey(event)) onKeyDown(event);
        }}
        onBlur={onLeave}
        onPointerDown={zoom.onPointerDown}
        onPointerMove={(event) => {
          if (!zoom.onPointerMove(event)) onHover?.(event);
        }}
        onPointerUp={zoom.onPointerUp}
        onPointerCancel={zoom.onPointerUp}
        onPointerLeave={(event) => {
          zoom.onPointerUp(event);
          onLeave();
        }}
        style={{ userSelect: 'none' }}
      >
        {props.children}
      </div>
      <ZoomControls
        transform={zoom.transform}
        onZoomIn={zoom.zoomIn}
        onZoomOut={zoom.zoomOut}
        onReset={zoom.reset}
      />
      <p className="visually-hidden" aria-live="polite" data-testid="scatter-announcer">
        {props.announcement}
      </p>
      <Legend
        entries={props.legend}
        shapes={props.shapes}
        showCentroid={props.showCentroid}
        note={props.note}
      />
    </figure>
  );
}
