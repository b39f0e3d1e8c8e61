import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The page may run only its own scripts and worker, and may talk to nobody but itself: the privacy
 * promise ("no request leaves the page") enforced by the browser, not just kept by the code.
 * The dev server also needs React Fast Refresh's one inline preamble (allowed by its hash) and Vite's
 * injected <style> tags; neither is in the built app.
 */
function contentSecurityPolicy(mode: 'dev' | 'build', asHeader: boolean): string {
  const preambleHash = createHash('sha256')
    .update(react.preambleCode.replace('__BASE__', '/'))
    .digest('base64');
  const directives = [
    "default-src 'none'",
    // 'wasm-unsafe-eval' lets the workers compile WebAssembly (our kmeans.wasm, which connect-src
    // limits to this origin); it does not allow eval() or any other way to run JavaScript from text.
    mode === 'dev'
      ? `script-src 'self' 'wasm-unsafe-eval' 'sha256-${preambleHash}'`
      : "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self'",
    // The dev server's live reload talks over a loopback websocket.
    mode === 'dev' ? "connect-src 'self' ws://localhost:* ws://127.0.0.1:*" : "connect-src 'self'",
    "img-src 'self' data: blob:",
    mode === 'dev' ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "font-src 'self'",
    // The web app manifest (manifest.webmanifest) and its icons; the service worker itself is a
    // same-origin script under worker-src, and what it fetches to precache is under connect-src.
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
  // frame-ancestors is ignored (with a console warning) in a <meta> policy, so only the header has it.
  if (asHeader) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

const cspMetaTag = (): Plugin => ({
  name: 'customer-segments:csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('build', false) },
      injectTo: 'head-prepend',
    },
  ],
});

const securityHeaders = (mode: 'dev' | 'build'): Record<string, string> => ({
  'Content-Security-Policy': contentSecurityPolicy(mode, true),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Cross-origin isolation: lets a later version share memory between workers (SharedArrayBuffer).
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
});

/**
 * Installable and offline after the first visit: a web app manifest, and a Workbox service worker that
 * precaches every file of the build (HTML, JS including both workers, CSS, kmeans.wasm, the sample CSV,
 * the icons) and answers navigations with index.html. Everything comes from this origin: the Workbox
 * runtime is bundled into sw.js (no CDN, no importScripts), and the registration is bundled into our
 * own JavaScript (an inline register script would break script-src 'self'). A new build waits until
 * the person chooses to reload (registerType 'prompt', see src/features/offline).
 */
const offline = () =>
  VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The icons are already in globPatterns; listing them twice would double their precache entries.
    includeManifestIcons: false,
    manifest: {
      name: 'Customer segments',
      short_name: 'Segments',
      description: 'K-Means segmentation of a customer CSV, computed entirely in your browser.',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#f5f6f8',
      theme_color: '#2456c7',
      icons: [
        { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
        { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
        { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,wasm,csv,png,svg}'],
      inlineWorkboxRuntime: true,
      cleanupOutdatedCaches: true,
      navigateFallback: 'index.html',
    },
  });

/** Written into every saved analysis file (src/store/analysisFileActions.ts). */
const appVersion = (
  JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export default defineConfig({
  plugins: [react(), cspMetaTag(), offline()],
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  server: { headers: securityHeaders('dev') },
  preview: { headers: securityHeaders('build') },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // The real journey in Debian's Chromium against the built app (run `vite build` first).
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A poll waits on real work (the thorough search takes a second or two on a busy machine):
          // the 1 s default made tests that poll right after a drop fail by the clock.
          expect: { poll: { timeout: 30_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
