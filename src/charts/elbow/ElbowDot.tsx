import type { JSX, KeyboardEvent } from 'react';
import { THEME } from '../shared/theme';
import type { ElbowDot } from './layout';

export interface DotProps {
  readonly dot: ElbowDot;
  readonly selected: boolean;
  readonly focused: boolean;
  readonly onSelect: ((k: number) => void) | undefined;
  readonly onFocusChange: (k: number | null) => void;
}

/**
 * One k on the elbow curve. A button when the chart is interactive: click, Enter or Space selects
 * it; a keyboard-focus ring is drawn by us because browsers draw SVG focus outlines inconsistently.
 */
export function Dot({ dot, selected, focused, onSelect, onFocusChange }: DotProps): JSX.Element {
  const select = onSelect ? () => onSelect(dot.k) : undefined;
  const onKeyDown = (e: KeyboardEvent<SVGCircleElement>): void => {
    if (!select || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault(); // Space would otherwise scroll the page
    select();
  };
  return (
    <g>
      {select ? (
        // Invisible, larger hit target: a 4.5px dot is too small to click comfortably.
        <circle
          cx={dot.cx}
          cy={dot.cy}
          r={14}
          fill="transparent"
          onClick={select}
          aria-hidden="true"
          cursor="pointer"
        />
      ) : null}
      <circle
        data-k={dot.k}
        data-selected={selected ? 'true' : undefined}
        cx={dot.cx}
        cy={dot.cy}
        r={selected ? 6.5 : 4.5}
        fill={selected ? THEME.accent : THEME.background}
        stroke={THEME.accent}
        className={selected ? 'chart-dot chart-dot--selected' : 'chart-dot'}
        strokeWidth={2}
        role={select ? 'button' : undefined}
        tabIndex={select ? 0 : undefined}
        aria-label={dot.ariaLabel}
        aria-pressed={select ? selected : undefined}
        onClick={select}
        onKeyDown={select ? onKeyDown : undefined}
        onFocus={(e) => onFocusChange(focusVisible(e.currentTarget) ? dot.k : null)}
        onBlur={() => onFocusChange(null)}
        cursor={select ? 'pointer' : undefined}
        style={{ outline: 'none' }}
      >
        <title>{dot.ariaLabel}</title>
      </circle>
      {focused ? (
        <circle
          cx={dot.cx}
          cy={dot.cy}
          r={10}
          fill="none"
          stroke={THEME.ink}
          className="chart-ink-stroke"
          strokeWidth={1.5}
          strokeDasharray="2 2"
          pointerEvents="none"
          aria-hidden="true"
        />
      ) : null}
    </g>
  );
}

/** Ring only for keyboard focus (like CSS :focus-visible), not after a mouse click. */
function focusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true; // engines without :focus-visible (older jsdom): show the ring, the safe default
  }
}
