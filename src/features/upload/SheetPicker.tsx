import { useAppStore } from '../../store/appStore';

/** Which sheet of a workbook is read, offered when more than one sheet holds values. */
export function SheetPicker() {
  const sheets = useAppStore((s) => s.table?.sheets);
  const sheet = useAppStore((s) => s.table?.sheet);
  const setSheet = useAppStore((s) => s.setSheet);
  const busy = useAppStore((s) => s.status === 'parsing');
  if (sheets === undefined || sheets.length < 2 || sheet === undefined) return null;
  return (
    <label className="choice">
      Sheet{' '}
      <select
        value={sheet}
        data-testid="sheet"
        disabled={busy}
        onChange={(event) => void setSheet(event.currentTarget.value)}
      >
        {sheets.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
