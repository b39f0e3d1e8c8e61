import { useId } from 'react';

export interface AxisChoice {
  /** Indices into the clustered columns. */
  readonly x: number;
  readonly y: number;
  /** Plot the first two principal components instead of two columns. */
  readonly pca: boolean;
}

export interface PlotControlsProps {
  readonly featureNames: readonly string[];
  readonly choice: AxisChoice;
  readonly onChange: (choice: AxisChoice) => void;
}

/**
 * With three or more clustered columns the plot can show any two of them, or the first two principal
 * components. Choosing for one axis the column the other shows swaps the two.
 */
export function PlotControls({ featureNames, choice, onChange }: PlotControlsProps) {
  const id = useId();
  const choose = (axis: 'x' | 'y', index: number): void => {
    const other = axis === 'x' ? 'y' : 'x';
    const otherIndex = choice[other] === index ? choice[axis] : choice[other];
    onChange({ ...choice, [axis]: index, [other]: otherIndex });
  };
  return (
    <div className="plot-controls" data-testid="plot-controls">
      <fieldset className="segmented">
        <legend className="visually-hidden">What the plot shows</legend>
        {([false, true] as const).map((pca) => (
          <label key={String(pca)}>
            <input
              type="radio"
              name={`${id}-view`}
              data-testid={pca ? 'view-pca' : 'view-columns'}
              checked={choice.pca === pca}
              onChange={() => onChange({ ...choice, pca })}
            />
            {pca ? 'PCA (first two components)' : 'Two columns'}
          </label>
        ))}
      </fieldset>
      {!choice.pca && (
        <span className="plot-controls__axes">
          {(['x', 'y'] as const).map((axis) => (
            <label key={axis}>
              {axis === 'x' ? 'Horizontal' : 'Vertical'}
              <select
                data-testid={`axis-${axis}`}
                value={choice[axis]}
                onChange={(event) => choose(axis, Number(event.currentTarget.value))}
              >
                {featureNames.map((name, index) => (
                  <option key={name} value={index}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </span>
      )}
    </div>
  );
}
