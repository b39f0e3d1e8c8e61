import type { NumberDecorations } from './numberFormat';

/** "thousands separators, currency signs and a k for thousand": what a column's formatted cells carried. */
export function decorationWords(decorations: NumberDecorations): string {
  const words = [
    decorations.grouping && 'thousands separators',
    decorations.currency && 'currency signs',
    decorations.percent && 'percent signs',
    decorations.thousands && 'a k for thousand',
  ].filter((word): word is string => typeof word === 'string');
  return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(words);
}
