// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../src/features/offline/UpdatePrompt';

afterEach(cleanup);

/** The prompt wired the way ServiceWorkerUpdates wires it, with a fake registration's reload. */
function Harness({ onReload }: { onReload: () => Promise<void> }) {
  const [needRefresh, setNeedRefresh] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setNeedRefresh(true)}>
        new version arrives
      </button>
      <input aria-label="k" />
      <UpdatePrompt needRefresh={needRefresh} onReload={onReload} onDismiss={() => setNeedRefresh(false)} />
    </>
  );
}

describe('UpdatePrompt', () => {
  it('keeps an empty polite live region until a new version waits, then says so', () => {
    const { rerender } = render(
      <UpdatePrompt needRefresh={false} onReload={() => Promise.resolve()} onDismiss={() => {}} />,
    );
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    rerender(<UpdatePrompt needRefresh onReload={() => Promise.resolve()} onDismiss={() => {}} />);
    expect(screen.getByRole('status')).toBe(region);
    expect(region.textContent).toContain('A new version is ready.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('asks the waiting version to take over on Reload, and does not ask twice', async () => {
    let finish: () => void = () => {};
    const onReload = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<UpdatePrompt needRefresh onReload={onReload} onDismiss={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    const busy = screen.getByRole('button', { name: 'Reloading…' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    fireEvent.click(busy);
    expect(onReload).toHaveBeenCalledTimes(1);
    finish();
  });

  it('offers Reload again if the switch fails', async () => {
    render(
      <UpdatePrompt needRefresh onReload={() => Promise.reject(new Error('gone'))} onDismiss={() => {}} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(await screen.findByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('does not take focus when it appears, and gives it back when dismissed with Later or Escape', () => {
    render(<Harness onReload={() => Promise.resolve()} />);
    const k = screen.getByRole('textbox', { name: 'k' });
    k.focus();
    fireEvent.click(screen.getByRole('button', { name: 'new version arrives' }));
    expect(document.activeElement).toBe(k);

    // Tab from the k input into the prompt, then Later.
    const later = screen.getByRole('button', { name: 'Later' });
    later.focus();
    fireEvent.focus(later, { relatedTarget: k });
    fireEvent.click(later);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(document.activeElement).toBe(k);

    fireEvent.click(screen.getByRole('button', { name: 'new version arrives' }));
    const reload = screen.getByRole('button', { name: 'Reload' });
    reload.focus();
    fireEvent.focus(reload, { relatedTarget: k });
    fireEvent.keyDown(reload, { key: 'Escape' });
    expect(screen.getByRole('status').textContent).toBe('');
    expect(document.activeElement).toBe(k);
  });
});
