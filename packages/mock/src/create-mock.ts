/**
 * `createMock`: wires the mock data, the handlers and the scenario controls into one `Mock`.
 *
 * @module
 */
import { formatCoverage } from './coverage.ts'
import type { MockData, MockOperation } from './data.ts'
import { createFallbackHandler } from './fallback-handler.ts'
import { createHandlers } from './handler.ts'
import type { Mock, MockOptions } from './mock-types.ts'
import { ownServerPrefixes } from './own-servers.ts'
import { routePrefix } from './routes.ts'
import { createRuntime, type MockRuntime } from './runtime.ts'
import type { OperationTypeMap, UntypedOperations } from './scenario-types.ts'
import { normaliseSteps, type StepInput } from './scenarios.ts'
import { isDeclared, representativeStatuses } from './status-keys.ts'

function checkData(data: MockData): void {
  if (data === null || typeof data !== 'object' || !Array.isArray(data.operations)) {
    throw new Error('[statusline] Failed to create the mock: the mock data has no `operations` array')
  }
}

function requireOperation(runtime: MockRuntime, name: string, action: string): MockOperation {
  const operation = runtime.operation(name)
  if (operation === undefined) {
    throw new Error(`[statusline] Failed to ${action}: unknown operation "${name}"`)
  }
  return operation
}

function declaredKeys(operation: MockOperation): string {
  return operation.responses.map((response) => response.key).join(', ') || 'none'
}

/**
 * Creates a mock of an API from its mock data: MSW handlers that answer every operation with
 * schema-valid data, plus controls to script statuses, record calls and measure status coverage.
 *
 * Generated SDKs wrap it as `createMock(options)` in their `mocks.ts`, typed by their `OperationTypes`.
 * No data is sampled and no schema compiled until an operation's first request.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node'
 * import { createMock } from '@statusline/mock'
 * import { mockData } from './mock-data.js'
 * import type { OperationTypes } from './client.js'
 *
 * const mock = createMock<OperationTypes>(mockData, { baseUrl: 'https://api.example.com/v1', seed: 42 })
 * const server = setupServer(...mock.handlers)
 * server.listen()
 * mock.scenario('getZoo', 404)
 * ```
 */
export function createMock<Ops extends OperationTypeMap<Ops> = UntypedOperations>(
  data: MockData,
  options: MockOptions = {},
): Mock<Ops> {
  checkData(data)
  const runtime = createRuntime(data, options)
  const baseUrl = options.baseUrl ?? data.servers[0]
  const prefix = routePrefix(baseUrl)
  const ownPrefixes = ownServerPrefixes(data, baseUrl)
  const fallback = createFallbackHandler(prefix, runtime, ownPrefixes)
  const handlers = [
    ...createHandlers(data.operations, prefix, runtime, ownPrefixes),
    ...(fallback === undefined ? [] : [fallback]),
  ]

  const scenario = (name: string, input: StepInput | readonly StepInput[]): void => {
    if (name === '*') {
      runtime.scenarios.setWildcard(normaliseSteps('scenario("*")', input, 'wildcard'))
      return
    }
    const operation = requireOperation(runtime, name, 'script a scenario')
    const steps = normaliseSteps(name, input, 'declared')
    for (const step of steps) {
      if (!isDeclared(operation, step.status)) {
        throw new Error(
          `[statusline] Failed to script ${name}: status ${step.status} is not declared (declared: ${declaredKeys(operation)}); use forceScenario() for an undeclared status`,
        )
      }
    }
    runtime.scenarios.set(name, steps)
  }

  const mock: Mock<UntypedOperations> = {
    handlers,
    data,
    bodyLimit: runtime.behaviour.validate ? runtime.behaviour.bodyLimit : undefined,
    scenario,
    forceScenario(name, input) {
      requireOperation(runtime, name, 'force a scenario')
      runtime.scenarios.set(name, normaliseSteps(name, input, 'forced'))
    },
    networkError(name) {
      if (name !== '*') requireOperation(runtime, name, 'script a network error')
      runtime.scenarios.addNetworkError(name)
    },
    clearScenario(name) {
      if (name !== '*') requireOperation(runtime, name, 'clear a scenario')
      runtime.scenarios.clear(name)
    },
    onCall(listener) {
      return runtime.calls.subscribe(listener)
    },
    calls(name) {
      if (name !== undefined) requireOperation(runtime, name, 'list calls')
      return runtime.calls.list(name)
    },
    statuses(name) {
      return representativeStatuses(requireOperation(runtime, name, 'list statuses')) as never[]
    },
    coverage() {
      return runtime.coverage.entries(data.operations)
    },
    coverageReport() {
      return formatCoverage(runtime.coverage.entries(data.operations))
    },
    reset() {
      runtime.scenarios.reset()
      runtime.calls.reset()
      runtime.coverage.reset()
      runtime.behaviour.resetStore()
    },
  }
  return mock as unknown as Mock<Ops>
}
