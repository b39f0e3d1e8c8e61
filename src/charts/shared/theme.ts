/**
 * Visual constants for all charts. Kept in one place so the elbow chart and the scatter read as one
 * product. System font stack only: the app must work offline, so no web fonts.
 */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

export const THEME = {
  background: '#FFFFFF',
  ink: '#111827', // titles, emphasised values
  text: '#374151', // axis titles, point annotations
  muted: '#6B7280', // tick labels
  grid: '#E5E7EB', // gridlines: visible but quieter than the data
  axis: '#9CA3AF', // baseline
  accent: '#2563EB', // elbow line, selection
  highlight: '#DC2626', // suggested k ring
  tickFontSize: 11,
  axisTitleFontSize: 12,
  annotationFontSize: 11, // CSS px: the scatter's viewBox is its on-screen size (see scatter/size.ts)
} as const;

/**
 * Rough width of a string in px. Layout code runs in Node (no canvas to measure text), and exact
 * metrics differ per OS font anyway; 0.65 em per character covers digits in the widest common
 * fallback font (DejaVu Sans, 0.636 em) and most Latin text in system sans-serif fonts, so boxes err on the side of not overlapping.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.65;
}
