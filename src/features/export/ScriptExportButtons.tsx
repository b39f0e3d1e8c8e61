import { useState } from 'react';
import { PYTHON_SCRIPT_NAME, pythonScript } from '../../core/exports/pythonScript';
import { SPARK_SCRIPT_NAME, sparkScript } from '../../core/exports/sparkScript';
import { appStore, useAppStore } from '../../store/appStore';
import { scriptChoices } from '../../store/scriptChoices';
import { saveBlob } from './saveBlob';

const SCRIPTS = {
  python: { name: PYTHON_SCRIPT_NAME, write: pythonScript, label: 'Export as Python' },
  spark: { name: SPARK_SCRIPT_NAME, write: sparkScript, label: 'Export as Spark job' },
} as const;

/**
 * "Export as Python" (pandas + scikit-learn, reproduces the download) and "Export as Spark job"
 * (PySpark ML, for tables too big for the browser): each saves a script with the current file's read
 * decisions, columns, missing-value policy, k, seed, restarts and segment names written in.
 */
export function ScriptExportButtons() {
  const ready = useAppStore((s) => s.status === 'ready' && s.analysis !== null);
  const k = useAppStore((s) => s.k);
  const [failure, setFailure] = useState<string | null>(null);
  if (!ready) return null;

  const save = (kind: keyof typeof SCRIPTS): void => {
    try {
      setFailure(null);
      const choices = scriptChoices(appStore.getState());
      if (choices === null) throw new Error('There is no clustering to export yet.');
      const script = SCRIPTS[kind];
      saveBlob(new Blob([script.write(choices)], { type: 'text/x-python;charset=utf-8' }), script.name);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="download script-export">
      <div className="chart-actions">
        {(['python', 'spark'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            className="button button--secondary"
            data-testid={`export-${kind}`}
            onClick={() => save(kind)}
          >
            {SCRIPTS[kind].label}
          </button>
        ))}
      </div>
      <p className="download__hint">
        Scripts that redo this k = {k} analysis: pandas + scikit-learn, or Spark for big tables.
      </p>
      {failure !== null && <p role="alert">{failure}</p>}
    </div>
  );
}
