/**
 * The runtime state one mock shares between its handlers and its controls: resolved options, the
 * scenario store, the call log, coverage, and the sampler — created on the first request that needs it,
 * so that creating handlers for a large API costs nothing but the handlers themselves.
 *
 * @module
 */

import { createBehaviour, type MockBehaviour } from './behaviour.ts'
import { type CoverageTracker, createCoverageTracker } from './coverage.ts'
import type { MockData, MockOperation } from './data.ts'
import type { MockOptions, OnUnhandledScenario, UnhandledScenarioEvent } from './mock-types.ts'
import { type CallLog, createCallLog } from './recorder.ts'
import { createSampler, type SampleIssue, type Sampler } from './sample/index.ts'
import { createScenarioStore, MAX_DELAY, type ScenarioStore } from './scenarios.ts'

/** How many generated bodies a mock keeps, most recently used first. */
export const MEMO_SIZE = 256

/** The order `Allow` lists methods in. */
const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE']

/**
 * The methods a resource whose operations have `methods` supports, as `Allow` lists them (RFC 9110
 * §10.2.1; the 405 and the `OPTIONS` 204 of `fallback-handler.ts`, a scripted 405 through
 * `runtime.allowedMethods`): upper-case, without repeats, in the usual order (unknown ones last), and
 * HEAD wherever GET is, since a path with a GET answers HEAD as that GET without content (`handler.ts`).
 *
 * @example
 * methodsInOrder(['post', 'GET']) // ['GET', 'HEAD', 'POST']
 */
export function methodsInOrder(methods: Iterable<string>): string[] {
  const rank = (method: string) => METHOD_ORDER.indexOf(method) + 1 || METHOD_ORDER.length + 1
  const upper = new Set([...methods].map((method) => method.toUpperCase()))
  if (upper.has('GET')) upper.add('HEAD')
  return [...upper].sort((a, b) => rank(a) - rank(b))
}

/** Everything a mock's handlers and controls share. */
export interface MockRuntime {
  readonly data: MockData
  readonly seed: number
  readonly delay: number | undefined
  readonly useExamples: boolean
  readonly retryAfter: number
  readonly onUnhandledScenario: OnUnhandledScenario
  readonly scenarios: ScenarioStore
  readonly calls: CallLog
  readonly coverage: CoverageTracker
  /** Automatic answers (validation, credentials, 405/404) and stateful mode. */
  readonly behaviour: MockBehaviour
  /** The sampler that answers (or not) schema `example`s, created on first call (a plain function: pass it on). */
  readonly sampler: (useExamples: boolean) => Sampler
  /** Memoises generated bodies (the most recent {@link MEMO_SIZE} keys); a plain function: pass it on. */
  readonly memo: <T>(key: string, produce: () => T) => T
  /** The operation of a name, or undefined. */
  operation(name: string): MockOperation | undefined
  /** The methods a path template supports, as `Allow` lists them ({@link methodsInOrder}: HEAD with GET). */
  allowedMethods(path: string): readonly string[]
  /** Reports an undeclared status per `onUnhandledScenario`; true when the request must fail with 500. */
  reportUnhandled(event: UnhandledScenarioEvent): boolean
}

function checkNumber(name: string, value: number | undefined, min: number, max = Number.MAX_VALUE): void {
  if (value !== undefined && (typeof value !== 'number' || !(value >= min && value <= max))) {
    const range = max === Number.MAX_VALUE ? `≥ ${min}` : `from ${min} to ${max}`
    throw new Error(
      `[statusline] Failed to create the mock: \`${name}\` must be a number ${range}, got ${String(value)}`,
    )
  }
}

/** Resolves the options and creates the shared state; nothing is sampled or compiled here. */
export function createRuntime(data: MockData, options: MockOptions): MockRuntime {
  checkNumber('seed', options.seed, Number.MIN_SAFE_INTEGER)
  checkNumber('delay', options.delay, 0, MAX_DELAY)
  checkNumber('retryAfter', options.retryAfter, 0)
  checkNumber('maxDepth', options.maxDepth, 0)
  checkNumber('maxCalls', options.maxCalls, 1)
  const { onSampleIssue = 'warn' } = options
  if (onSampleIssue !== 'warn' && onSampleIssue !== 'ignore' && typeof onSampleIssue !== 'function')
    throw new Error(
      `[statusline] Failed to create the mock: \`onSampleIssue\` must be 'warn', 'ignore' or a function, got ${JSON.stringify(onSampleIssue)}`,
    )
  const seed = options.seed ?? 1
  const useExamples = options.useExamples ?? false
  const samplers = new Map<boolean, Sampler>()
  let byName: Map<string, MockOperation> | undefined
  let methodsByPath: Map<string, string[]> | undefined
  const warned = new Set<string>()
  const memo = new Map<string, unknown>()
  const onUnhandledScenario = options.onUnhandledScenario ?? 'ignore'
  const root = { openapi: data.openapi, components: data.components }
  const reportSampleIssue = (issue: SampleIssue): void => {
    if (typeof onSampleIssue === 'function') {
      onSampleIssue(issue)
      return
    }
    if (onSampleIssue === 'ignore') return
    // A path down an endless recursion runs to hundreds of characters: its start and depth say enough.
    const path = issue.path === '' ? '/' : issue.path
    const depth = path.split('/').length - 1
    const shown = path.length > 60 ? `${path.slice(0, 40)}… (${depth} levels)` : path
    const place = `${issue.label ?? 'a value'} at ${shown}`
    if (warned.has(`sample ${place}`)) return
    warned.add(`sample ${place}`)
    console.warn(
      `[statusline] Failed to generate mock data valid against its schema for ${place} (${issue.keyword}: ${issue.message}); the mock answers the nearest value it found.`,
    )
  }
  const sampler = (withExamples: boolean): Sampler => {
    let found = samplers.get(withExamples)
    if (found === undefined) {
      const validator = samplers.values().next().value?.validator
      found = createSampler({
        root,
        openapi: data.openapi,
        seed,
        useExamples: withExamples,
        onIssue: reportSampleIssue,
        ...(validator === undefined ? {} : { validator }),
        ...(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }),
      })
      samplers.set(withExamples, found)
    }
    return found
  }
  return {
    data,
    seed,
    delay: options.delay,
    useExamples,
    retryAfter: Math.round(options.retryAfter ?? 1),
    onUnhandledScenario,
    scenarios: createScenarioStore(),
    calls: createCallLog(options.maxCalls),
    coverage: createCoverageTracker(),
    behaviour: createBehaviour(data, options, root, () => sampler(false), seed),
    sampler,
    memo<T>(key: string, produce: () => T): T {
      if (memo.has(key)) {
        const value = memo.get(key) as T
        memo.delete(key)
        memo.set(key, value)
        return value
      }
      const value = produce()
      memo.set(key, value)
      if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value as string)
      return value
    },
    operation(name) {
      byName ??= new Map(data.operations.map((operation) => [operation.name, operation]))
      return byName.get(name)
    },
    allowedMethods(path) {
      if (methodsByPath === undefined) {
        methodsByPath = new Map()
        for (const operation of data.operations) {
          const methods = methodsByPath.get(operation.path) ?? []
          methods.push(operation.method.toUpperCase())
          methodsByPath.set(operation.path, methods)
        }
      }
      return methodsInOrder(methodsByPath.get(path) ?? [])
    },
    reportUnhandled(event) {
      if (typeof onUnhandledScenario === 'function') {
        onUnhandledScenario(event)
        return false
      }
      if (onUnhandledScenario === 'warn') {
        const key = `${event.operation} ${event.status}`
        if (!warned.has(key)) {
          warned.add(key)
          console.warn(
            `[statusline] ${event.operation} does not declare status ${event.status} (asked by ${event.source}).`,
          )
        }
      }
      return onUnhandledScenario === 'error'
    },
  }
}
