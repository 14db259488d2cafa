/**
 * The scenario store: what each operation is scripted to answer, sequence positions, and network errors.
 * An operation's own scenario wins over the `'*'` scenario; a sequence is played in order and then stays
 * on its last step; the `'*'` sequence keeps one position per operation.
 *
 * @module
 */
import { nestedTooDeep, tooDeep } from './request/nesting.ts'
import { isHttpStatus } from './status-keys.ts'

/** Who scripted a step: `scenario(op)`, `forceScenario(op)` or `scenario('*')`. */
export type StepSource = 'declared' | 'forced' | 'wildcard'

/** One scripted answer, normalised. */
export interface ScriptedStep {
  readonly status: number
  /** True when the scenario gave a body (even `null`), which then replaces the generated one. */
  readonly hasBody: boolean
  readonly body: unknown
  readonly headers: Readonly<Record<string, string>>
  readonly delay: number | undefined
  readonly source: StepSource
  /**
   * The opaque entity tag of the stored resource the answer carries: set by the stateful store (never
   * by a scenario), sent as `ETag` by the conformance rules.
   */
  readonly resourceTag?: string
}

/** A step as the public API accepts it: a status or a spec object. */
export type StepInput =
  | number
  | { readonly status: number; readonly body?: unknown; readonly headers?: unknown; readonly delay?: unknown }

/** The longest delay a timer can wait: 2³¹ − 1 ms, about 24.8 days (MSW refuses longer ones when answering). */
export const MAX_DELAY = 2_147_483_647

/** Headers the mock sets from the body it sends: a scripted value would cut or garble the answer. */
const TRANSPORT_HEADERS: ReadonlySet<string> = new Set(['content-length', 'transfer-encoding', 'connection'])

/** Why a header cannot be sent as written (a name that is no token, CR/LF or non-Latin-1 text), if it cannot. */
function unsendable(name: string, value: string): string | undefined {
  if (TRANSPORT_HEADERS.has(name.toLowerCase())) return 'is set by the mock from the body it sends'
  try {
    new Headers().set(name, 'x')
  } catch {
    return 'is not a valid header name'
  }
  try {
    new Headers().set(name, value)
  } catch {
    return `cannot carry ${JSON.stringify(value)} (no CR, LF or NUL; Latin-1 text only)`
  }
  return undefined
}

/**
 * Why a scripted body cannot be sent as JSON (a cycle, a BigInt, nesting deeper than the mock answers),
 * if it cannot; text, bytes and forms are sent as they are. Found when scripting, it was found on every
 * answer instead: MSW's 500 with the TypeError and its stack.
 */
function unwritable(body: unknown): string | undefined {
  if (typeof body !== 'bigint' && (body === null || typeof body !== 'object')) return undefined
  if (body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return undefined
  if (body instanceof FormData || body instanceof URLSearchParams) return undefined
  try {
    JSON.stringify(body)
  } catch (error) {
    // A RangeError is the stack running out on a deep body; a TypeError names a cycle or a BigInt.
    if (error instanceof RangeError) return nestedTooDeep('answers')
    const reason = error instanceof Error ? error.message : String(error)
    return `cannot be written as JSON: ${reason.split('\n')[0]}`
  }
  return tooDeep(body, 'answers')
}

function fail(where: string, reason: string): never {
  throw new Error(`[statusline] Failed to script ${where}: ${reason}`)
}

function normaliseHeaders(where: string, headers: unknown): Record<string, string> {
  if (headers === undefined) return {}
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) {
    fail(where, '`headers` must be an object of header names to string values')
  }
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value !== 'string') fail(where, `header "${name}" must be a string, got ${typeof value}`)
    const problem = unsendable(name, value)
    if (problem !== undefined) fail(where, `header ${JSON.stringify(name)} ${problem}`)
    out[name.toLowerCase()] = value
  }
  return out
}

function normaliseStep(where: string, input: StepInput, source: StepSource): ScriptedStep {
  const spec = typeof input === 'number' ? { status: input } : input
  if (spec === null || typeof spec !== 'object')
    fail(where, `expected a status or { status, … }, got ${String(input)}`)
  if (!isHttpStatus(spec.status))
    fail(where, `${String(spec.status)} is not a final HTTP status (an integer 200–599)`)
  const delay = spec.delay
  if (delay !== undefined && (typeof delay !== 'number' || !(delay >= 0 && delay <= MAX_DELAY))) {
    fail(where, `\`delay\` must be a number of milliseconds from 0 to ${MAX_DELAY}, got ${String(delay)}`)
  }
  const problem = 'body' in spec ? unwritable(spec.body) : undefined
  if (problem !== undefined) fail(where, `\`body\` ${problem}`)
  return {
    status: spec.status,
    hasBody: 'body' in spec && spec.body !== undefined,
    body: 'body' in spec ? spec.body : undefined,
    headers: normaliseHeaders(where, spec.headers),
    delay: delay as number | undefined,
    source,
  }
}

/** Normalises a status, a spec or a non-empty sequence of them into steps; throws on bad input. */
export function normaliseSteps(
  where: string,
  input: StepInput | readonly StepInput[],
  source: StepSource,
): ScriptedStep[] {
  if (Array.isArray(input)) {
    if (input.length === 0) fail(where, 'a sequence needs at least one step')
    return input.map((step: StepInput) => normaliseStep(where, step, source))
  }
  return [normaliseStep(where, input as StepInput, source)]
}

interface Sequence {
  readonly steps: readonly ScriptedStep[]
  position: number
}

function playStep(steps: readonly ScriptedStep[], position: number): ScriptedStep | undefined {
  return steps[Math.min(position, steps.length - 1)]
}

/** The mutable scenario state of one mock. */
export interface ScenarioStore {
  /** Scripts one operation (replacing its previous scenario and sequence position). */
  set(operation: string, steps: readonly ScriptedStep[]): void
  /** Scripts every operation (replacing the previous `'*'` scenario and all its positions). */
  setWildcard(steps: readonly ScriptedStep[]): void
  /** The step that answers the operation's next request, advancing its sequence; undefined if unscripted. */
  next(operation: string): ScriptedStep | undefined
  /** Makes the operation, or every operation (`'*'`), fail with a network error. */
  addNetworkError(operation: string): void
  hasNetworkError(operation: string): boolean
  /** Forgets one operation's scenario, sequence position and network error (`'*'`: the wildcard ones). */
  clear(operation: string): void
  reset(): void
}

/** Creates an empty scenario store. */
export function createScenarioStore(): ScenarioStore {
  const scripted = new Map<string, Sequence>()
  let wildcard: readonly ScriptedStep[] | undefined
  const wildcardPositions = new Map<string, number>()
  const networkErrors = new Set<string>()
  return {
    set(operation, steps) {
      scripted.set(operation, { steps, position: 0 })
    },
    setWildcard(steps) {
      wildcard = steps
      wildcardPositions.clear()
    },
    next(operation) {
      const own = scripted.get(operation)
      if (own !== undefined) {
        const step = playStep(own.steps, own.position)
        own.position = Math.min(own.position + 1, own.steps.length)
        return step
      }
      if (wildcard === undefined) return undefined
      const position = wildcardPositions.get(operation) ?? 0
      wildcardPositions.set(operation, Math.min(position + 1, wildcard.length))
      return playStep(wildcard, position)
    },
    addNetworkError(operation) {
      networkErrors.add(operation)
    },
    hasNetworkError(operation) {
      return networkErrors.has(operation) || networkErrors.has('*')
    },
    clear(operation) {
      networkErrors.delete(operation)
      if (operation !== '*') {
        scripted.delete(operation)
        return
      }
      wildcard = undefined
      wildcardPositions.clear()
    },
    reset() {
      scripted.clear()
      wildcard = undefined
      wildcardPositions.clear()
      networkErrors.clear()
    },
  }
}
