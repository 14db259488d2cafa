/**
 * `mountPanel`: the scenario panel inside a browser app, next to the service worker, driving the
 * in-process mock directly (no HTTP): flip an operation to 404, slow it down or take it offline while
 * the app runs.
 *
 * @module
 */
import { untyped } from '../control/controllable-mock.ts'
import type { Mock } from '../mock-types.ts'
import type { OperationTypeMap } from '../scenario-types.ts'
import { createInProcessBackend } from './panel-backend.ts'
import { type PanelHandle, renderPanel } from './panel-view.ts'

/**
 * Mounts the scenario panel for `mock` into `element`.
 *
 * @example
 * ```ts
 * import { setupWorker } from 'msw/browser'
 * import { mountPanel } from '@statusline/mock/browser'
 * import { createMock } from 'zoo-sdk/mocks'
 *
 * const mock = createMock({ seed: 1 })
 * await setupWorker(...mock.handlers).start()
 * await mountPanel(mock, document.querySelector('#mock-panel')!)
 * ```
 */
export function mountPanel<Ops extends OperationTypeMap<Ops>>(
  mock: Mock<Ops>,
  element: HTMLElement,
): Promise<PanelHandle> {
  return renderPanel(element, createInProcessBackend(untyped(mock)))
}
