/**
 * What the scenario panel drives: the same controls either in process (`mountPanel` next to a service
 * worker) or over the admin API (the page the standalone server serves). The panel's view only knows this
 * interface.
 *
 * @module
 */
import type { ControllableMock } from '../control/controllable-mock.ts'
import { type CoverageSummary, createMockControls, type ScriptedState } from '../control/controls.ts'
import type { OperationSummary } from '../control/operations.ts'
import type { RequestLogEntry } from '../control/request-log.ts'
import type { ScenarioStepInput } from '../control/scenario-request.ts'

/** The panel's view of a mock. Failures reject with an `Error` whose message says what went wrong. */
export interface PanelBackend {
  /** A name for the page header (the API's title). */
  readonly title: string
  operations(): Promise<readonly OperationSummary[]>
  scripted(): Promise<ScriptedState>
  setScenario(operation: string, step: Exclude<ScenarioStepInput, number>): Promise<void>
  clearScenario(operation: string): Promise<void>
  networkError(operation: string, on: boolean): Promise<void>
  coverage(): Promise<CoverageSummary>
  reset(): Promise<void>
  /** Calls `listener` for each answered request; returns the function that stops listening. */
  subscribe(listener: (entry: RequestLogEntry) => void): () => void
}

/** A backend that drives an in-process mock directly (no HTTP). */
export function createInProcessBackend(mock: ControllableMock): PanelBackend {
  const controls = createMockControls(mock)
  let next = 1
  const run = <T>(action: () => T): Promise<T> => {
    try {
      return Promise.resolve(action())
    } catch (error) {
      return Promise.reject(error)
    }
  }
  return {
    title: mock.data.title,
    operations: () => run(() => controls.operations()),
    scripted: () => run(() => controls.scripted()),
    setScenario: (operation, step) => run(() => void controls.setScenario(operation, step)),
    clearScenario: (operation) => run(() => void controls.clearScenario(operation)),
    networkError: (operation, on) => run(() => void controls.networkError(operation, on)),
    coverage: () => run(() => controls.coverage()),
    reset: () => run(() => controls.reset()),
    subscribe(listener) {
      return mock.onCall((call) => {
        const url = new URL(call.url)
        listener({
          id: next++,
          time: Date.now(),
          method: call.method,
          path: url.pathname + url.search,
          status: call.status,
          ms: Date.now() - call.timestamp,
          operation: call.operation,
        })
      })
    },
  }
}
