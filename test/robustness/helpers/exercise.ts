/**
 * Calls every operation of a generated SDK × every status its mock declares, through the generated client
 * against the generated mocks, and returns what went wrong: a wrong status, a recorded call missing or
 * attributed to another operation, or a JSON body that fails its schema.
 */
import { createSampler, createValidator, type MockOperation, type Sampler } from '@statusline/mock'
import { responseFor, sampleParams } from '../../helpers/example-sdks.ts'
import { type CallOperation, fetchFrom, type GeneratedSdk } from './generated-sdk.ts'

/** One operation × status that did not behave. */
export interface ExerciseFailure {
  readonly operation: string
  readonly status: number
  readonly problem: string
}

/** What {@link exerciseEveryStatus} did. */
export interface ExerciseReport {
  /** Operation × status pairs called. */
  readonly calls: number
  readonly failures: ExerciseFailure[]
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A pattern matching the URL of a request to `path` (a template; each variable one or more characters
 * other than `/`) under the path of the base URL `server`.
 */
function pathPattern(server: string | undefined, path: string): RegExp {
  const base = new URL(server ?? '/', 'http://localhost').pathname.replace(/\/+$/, '')
  const template = path
    .split(/\{[^{}]+\}/)
    .map(escapeRegExp)
    .join('[^/?]+')
  return new RegExp(`^[a-z]+://[^/]+${escapeRegExp(base)}${template}(?:\\?.*)?$`)
}

/**
 * `sampleParams`, with each location's values as own properties: a parameter named `__proto__` or
 * `constructor` must be an own property of its group, as a caller writes it (`{ ['__proto__']: x }`).
 */
function validParams(operation: MockOperation, sampler: Sampler, seed: number): Record<string, unknown> {
  const { body } = sampleParams(operation, sampler, seed)
  const params: Record<string, unknown> = body === undefined ? {} : { body }
  for (const location of ['path', 'query', 'header', 'cookie'] as const) {
    const values = operation.parameters.filter(
      (p) => p.in === location && (p.required || location === 'path'),
    )
    if (values.length === 0) continue
    const group: Record<string, unknown> = {}
    for (const parameter of values) {
      const value = sampler.sample(parameter.schema, {
        seed,
        direction: 'request',
        propertyName: parameter.name,
      })
      Object.defineProperty(group, parameter.name, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    params[location] = group
  }
  return params
}

/** The client function of an operation, or undefined when the SDK does not export it. */
function operationFunction(sdk: GeneratedSdk, operation: MockOperation): CallOperation | undefined {
  const candidate = sdk.client[operation.name]
  return typeof candidate === 'function' ? (candidate as CallOperation) : undefined
}

/**
 * Exercises every operation × declared status. Each call is made through the standalone operation
 * function of `client.js` (so the name the SDK exports is the one called), with sampled valid parameters.
 */
export async function exerciseEveryStatus(sdk: GeneratedSdk, seed = 5): Promise<ExerciseReport> {
  const mock = sdk.createMock({ seed })
  const root = { components: sdk.data.components }
  const validator = createValidator({ root, openapi: sdk.data.openapi })
  const sampler = createSampler({ root, openapi: sdk.data.openapi, seed, validator })
  const client = sdk.client.createClient({
    fetch: fetchFrom(mock.handlers),
    auth: { bearer: 'token', apiKey: 'key', basic: { username: 'u', password: 'p' } },
  })
  const failures: ExerciseFailure[] = []
  let calls = 0
  for (const operation of sdk.data.operations) {
    const call = operationFunction(sdk, operation)
    for (const status of mock.statuses(operation.name)) {
      calls++
      const fail = (problem: string) => failures.push({ operation: operation.name, status, problem })
      if (call === undefined) {
        fail('client.js exports no function of this name')
        continue
      }
      mock.reset()
      mock.scenario(operation.name, status)
      const res = await call(validParams(operation, sampler, seed), { client })
      if (res.status !== status) fail(`answered ${res.status}`)
      const recorded = mock.calls()
      if (recorded.length !== 1 || recorded[0]?.operation !== operation.name)
        fail(`the mock recorded ${JSON.stringify(recorded.map((c) => c.operation))}`)
      else if (
        recorded[0].method !== operation.method ||
        !pathPattern(sdk.data.servers[0], operation.path).test(recorded[0].url)
      )
        fail(`the request went to ${recorded[0].method} ${recorded[0].url}`)
      const content = responseFor(operation, status)?.contents[0]
      if (content?.kind !== 'json' || content.schema === undefined || [204, 205, 304].includes(status))
        continue
      const body = res.ok ? res.data : res.error
      const verdict = validator.validate(content.schema, body, { direction: 'response' })
      if (!verdict.valid) fail(`invalid body ${JSON.stringify(body)}: ${JSON.stringify(verdict.errors)}`)
    }
  }
  return { calls, failures }
}
