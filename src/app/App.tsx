import { AnalysisFileMessage } from '../features/analysisFile/AnalysisFileMessage';
import { AnalysisFilePanel } from '../features/analysisFile/AnalysisFilePanel';
import { SaveAnalysisButton } from '../features/analysisFile/SaveAnalysisButton';
import { ColumnPicker } from '../features/controls/ColumnPicker';
import { KSlider } from '../features/controls/KSlider';
import { RunStatus } from '../features/controls/RunStatus';
import { DownloadButton } from '../features/export/DownloadButton';
import { ScriptExportButtons } from '../features/export/ScriptExportButtons';
import { ServiceWorkerUpdates } from '../features/offline/ServiceWorkerUpdates';
import { ResultsView } from '../features/results/ResultsView';
import { DataSummary } from '../features/upload/DataSummary';
import { DropZone } from '../features/upload/DropZone';
import { FirstSteps } from '../features/upload/FirstSteps';

export function App() {
  return (
    <div className="app">
      <header className="app__header">
        <h1>Customer segments</h1>
        <p>K-Means segmentation of a customer CSV, computed entirely in your browser. Nothing is uploaded.</p>
      </header>
      <main className="app__main">
        <DropZone />
        <RunStatus />
        <AnalysisFileMessage />
        <FirstSteps />
        <DataSummary />
        <ColumnPicker />
        <div className="toolbar">
          <KSlider />
          <DownloadButton />
          <SaveAnalysisButton />
          <ScriptExportButtons />
        </div>
        <AnalysisFilePanel />
        <ResultsView />
      </main>
      <ServiceWorkerUpdates />
    </div>
  );
}
