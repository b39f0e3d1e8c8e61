import { useState } from 'react';

export interface CopySummaryButtonProps {
  /** Built on click, so a large table is only turned into text when someone asks for it. */
  readonly text: () => string;
}

/** Puts the segment profile on the clipboard as tab-separated text (pastes into a spreadsheet). */
export function CopySummaryButton({ text }: CopySummaryButtonProps) {
  const [message, setMessage] = useState('');
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text());
      setMessage('Summary copied: paste it into a spreadsheet or an e-mail.');
    } catch {
      setMessage('The browser did not allow copying. Select the table and copy it instead.');
    }
  };
  return (
    <div className="chart-actions">
      <button
        type="button"
        className="button button--secondary button--small"
        data-testid="copy-summary"
        onClick={() => void copy()}
      >
        Copy summary
      </button>
      <span role="status" className="download__hint" data-testid="copy-status">
        {message}
      </span>
    </div>
  );
}
