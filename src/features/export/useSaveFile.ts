import { useState } from 'react';
import { saveBlob } from './saveBlob';

/** A file the store made for saving: its content and the name it is offered under. */
export interface FileToSave {
  readonly blob: Blob;
  readonly fileName: string;
}

/**
 * `save` makes the file with `make` and hands it to the browser; `failure` is why the last attempt
 * failed (shown under the button), cleared when the next one starts.
 */
export function useSaveFile(make: () => Promise<FileToSave>): {
  readonly save: () => Promise<void>;
  readonly failure: string | null;
} {
  const [failure, setFailure] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    try {
      setFailure(null);
      const { blob, fileName } = await make();
      saveBlob(blob, fileName);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return { save, failure };
}
