/**
 * The workspace runtime packages `npm run generate` emits JavaScript and declarations for (see
 * `package-emit.ts`), and what each one's program needs.
 *
 * @module
 */
import type { EmittedPackage } from './package-emit.ts'

/** The standard library both runtimes are written against: ES2023 and the DOM's fetch types. */
const LIB = ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts']

/** `@statusline/client`: no dependencies, so no `@types` (Node's included). */
const CLIENT: EmittedPackage = { dir: 'packages/client', entries: ['index.ts'], lib: LIB, types: [] }

/**
 * `@statusline/mock`: its three entry points (`.`, `./node`, `./browser`) and the panel's page, which
 * `node/panel-assets.ts` bundles at run time from beside itself (so `dist/browser/panel-page.js` must
 * exist); it imports `node:` modules, so its program sees Node's types.
 */
const MOCK: EmittedPackage = {
  dir: 'packages/mock',
  entries: ['index.ts', 'node/index.ts', 'browser/index.ts', 'browser/panel-page.ts'],
  lib: LIB,
  types: ['node'],
}

/** The packages emitted, in the order `npm run generate` reports them (the mock's program reads the client's). */
export const EMITTED_PACKAGES: readonly EmittedPackage[] = [CLIENT, MOCK]
