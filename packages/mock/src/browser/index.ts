/**
 * `@statusline/mock/browser`: the scenario panel for apps that run the mock in a service worker.
 *
 * @module
 */

export type { AnyMock, ControllableMock } from '../control/controllable-mock.ts'
export { mountPanel } from './panel.ts'
export { createInProcessBackend, type PanelBackend } from './panel-backend.ts'
export { createHttpBackend } from './panel-http-backend.ts'
export type { PanelHandle } from './panel-view.ts'
