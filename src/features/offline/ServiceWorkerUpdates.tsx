import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdatePrompt } from './UpdatePrompt';

/** How often an open tab asks for a newer sw.js (a same-origin request; offline it simply fails). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker that makes the app work offline (vite-plugin-pwa's generated sw.js,
 * see vite.config.ts) and shows the update prompt when a new build is waiting. The browser also
 * checks for a new sw.js on every visit; the hourly check is for a tab left open for days.
 */
export function ServiceWorkerUpdates() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration === undefined) return;
      setInterval(() => {
        registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    onRegisterError(error: unknown) {
      console.warn(`customer-segments: offline support is unavailable (${String(error)}).`);
    },
  });
  return (
    <UpdatePrompt
      needRefresh={needRefresh}
      onReload={() => updateServiceWorker(true)}
      onDismiss={() => setNeedRefresh(false)}
    />
  );
}
