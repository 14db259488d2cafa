/**
 * The mock controls: the one implementation behind the admin API and the scenario panel. Each method
 * calls the mock's own method (`scenario`, `forceScenario`, `networkError`, `calls`, `coverage`, `reset`),
 * so scripting over HTTP or from the panel means exactly what it means in a test. The controls also
 * remember what they scripted, so the panel can show it and a reloaded mock can be scripted the same way.
 *
 * @module
 */
import type { CoverageEntry, RecordedCall } from '../mock-types.ts'
import { ControlError } from './control-error.ts'
import type { ControllableMock } from './controllable-mock.ts'
import { createOperationLookup, describeOperations, type OperationSummary } from './operations.ts'
import { checkDeclared, parseScenarioRequest, type ScenarioRequest } from './scenario-request.ts'

/** What the controls scripted: scenarios by operation name (`'*'` for every operation) and network errors. */
export interface ScriptedState {
  readonly scenarios: Readonly<Record<string, ScenarioRequest>>
  readonly networkErrors: readonly string[]
}

/** Status coverage as the admin API answers it. */
export interface CoverageSummary {
  readonly entries: readonly CoverageEntry[]
  /** `mock.coverageReport()`: a printable table. */
  readonly report: string
}

/** The controls of one mock. */
export interface MockControls {
  readonly mock: ControllableMock
  /** Every operation with its declared statuses. */
  operations(): OperationSummary[]
  /** Scripts an operation (by name or operationId, or `'*'`) from a scenario request; returns its name. */
  setScenario(ref: string, input: unknown): string
  /** Forgets one operation's scenario and network error (`'*'`: the wildcard ones). */
  clearScenario(ref: string): string
  /** `mock.reset()`: forgets every scenario, network error, recorded call and coverage. */
  reset(): void
  /** Turns the network error of an operation (or `'*'`) on or off. */
  networkError(ref: string, on: boolean): string
  /** Recorded calls of one operation, or of all. */
  calls(ref?: string): readonly RecordedCall[]
  coverage(): CoverageSummary
  /** What these controls scripted and what is still in force. */
  scripted(): ScriptedState
  /** Scripts this mock as `state` says; returns the operations that could not be scripted (gone or changed). */
  replay(state: ScriptedState): string[]
}

/**
 * Creates the controls of a mock.
 *
 * @example
 * ```ts
 * const controls = createMockControls(mock)
 * controls.setScenario('get-zoo', { status: 404 })       // an operationId works too
 * controls.setScenario('createZoo', { sequence: [503, 201] })
 * ```
 */
export function createMockControls(mock: ControllableMock): MockControls {
  const lookup = createOperationLookup(mock.data)
  const scenarios = new Map<string, ScenarioRequest>()
  const networkErrors = new Set<string>()

  const nameOf = (ref: string): string => (ref === '*' ? '*' : lookup.require(ref).name)

  const apply = (name: string, request: ScenarioRequest): void => {
    const input = request.sequence ? request.steps : request.steps[0]
    if (input === undefined) return
    try {
      if (name === '*') mock.scenario('*', input as never)
      else if (request.force) mock.forceScenario(name, input as never)
      else mock.scenario(name, input as never)
    } catch (error) {
      throw new ControlError(400, error instanceof Error ? error.message : String(error))
    }
  }

  return {
    mock,
    operations: () => describeOperations(mock),
    setScenario(ref, input) {
      const name = nameOf(ref)
      const request = parseScenarioRequest(name, input)
      if (name !== '*') checkDeclared(lookup.require(name), request)
      apply(name, request)
      scenarios.set(name, request)
      return name
    },
    clearScenario(ref) {
      const name = nameOf(ref)
      mock.clearScenario(name)
      scenarios.delete(name)
      networkErrors.delete(name)
      return name
    },
    reset() {
      mock.reset()
      scenarios.clear()
      networkErrors.clear()
    },
    networkError(ref, on) {
      const name = nameOf(ref)
      if (on) {
        mock.networkError(name)
        networkErrors.add(name)
        return name
      }
      mock.clearScenario(name)
      networkErrors.delete(name)
      const kept = scenarios.get(name)
      if (kept !== undefined) apply(name, kept)
      return name
    },
    calls(ref) {
      return ref === undefined ? mock.calls() : mock.calls(nameOf(ref))
    },
    coverage: () => ({ entries: mock.coverage(), report: mock.coverageReport() }),
    scripted: () => ({ scenarios: Object.fromEntries(scenarios), networkErrors: [...networkErrors] }),
    replay(state) {
      const failed: string[] = []
      for (const [ref, request] of Object.entries(state.scenarios)) {
        try {
          const name = nameOf(ref)
          if (name !== '*') checkDeclared(lookup.require(name), request)
          apply(name, request)
          scenarios.set(name, request)
        } catch {
          failed.push(ref)
        }
      }
      for (const ref of state.networkErrors) {
        if (ref === '*' || lookup.find(ref) !== undefined) {
          mock.networkError(ref)
          networkErrors.add(ref)
        } else failed.push(ref)
      }
      return failed
    },
  }
}
