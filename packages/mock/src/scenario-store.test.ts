import { describe, expect, it } from 'vitest'
import { createScenarioStore, normaliseSteps } from './scenarios.ts'

describe('normaliseSteps', () => {
  it('normalises statuses and specs, lower-casing header names', () => {
    expect(
      normaliseSteps('op', [404, { status: 200, body: null, headers: { 'X-A': '1' }, delay: 5 }], 'declared'),
    ).toEqual([
      { status: 404, hasBody: false, body: undefined, headers: {}, delay: undefined, source: 'declared' },
      { status: 200, hasBody: true, body: null, headers: { 'x-a': '1' }, delay: 5, source: 'declared' },
    ])
  })

  it.each([
    [600, '[statusline] Failed to script op: 600 is not a final HTTP status (an integer 200–599)'],
    [200.5, '[statusline] Failed to script op: 200.5 is not a final HTTP status (an integer 200–599)'],
    [
      { status: 200, delay: -1 },
      '[statusline] Failed to script op: `delay` must be a number of milliseconds from 0 to 2147483647, got -1',
    ],
    [
      { status: 200, headers: { a: 1 } },
      '[statusline] Failed to script op: header "a" must be a string, got number',
    ],
    [
      { status: 200, headers: 'x' },
      '[statusline] Failed to script op: `headers` must be an object of header names to string values',
    ],
  ])('rejects %j', (input, message) => {
    expect(() => normaliseSteps('op', input as never, 'declared')).toThrow(message)
  })

  it('rejects a body it cannot send as JSON, which failed every answer with a stack trace', () => {
    const cyclic: Record<string, unknown> = { id: 1 }
    cyclic.self = cyclic
    const deep = JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`)
    expect(() => normaliseSteps('op', { status: 200, body: cyclic }, 'declared')).toThrow(
      /^\[statusline\] Failed to script op: `body` cannot be written as JSON: Converting circular structure to JSON$/,
    )
    expect(() => normaliseSteps('op', [200, { status: 200, body: { n: 10n } }], 'declared')).toThrow(
      '[statusline] Failed to script op: `body` cannot be written as JSON: Do not know how to serialize a BigInt',
    )
    expect(() => normaliseSteps('op', { status: 200, body: deep }, 'declared')).toThrow(
      '[statusline] Failed to script op: `body` is nested more than 1000 levels deep',
    )
    // Text, bytes and forms are sent as they are.
    for (const body of ['text', new Uint8Array(2), new Blob(['x']), new URLSearchParams('a=1'), null]) {
      expect(normaliseSteps('op', { status: 200, body }, 'declared')[0]?.body).toBe(body)
    }
  })
})

describe('scenario store', () => {
  const steps = (...statuses: number[]) => normaliseSteps('op', statuses, 'declared')

  it('plays a sequence, stays on its last step, and prefers the operation over the wildcard', () => {
    const store = createScenarioStore()
    store.setWildcard(normaliseSteps('*', [500], 'wildcard'))
    store.set('a', steps(503, 201))
    expect([store.next('a'), store.next('a'), store.next('a')].map((step) => step?.status)).toEqual([
      503, 201, 201,
    ])
    expect(store.next('b')?.status).toBe(500)
    expect(store.next('b')?.source).toBe('wildcard')
  })

  it('forgets everything on reset', () => {
    const store = createScenarioStore()
    store.set('a', steps(404))
    store.addNetworkError('*')
    expect(store.hasNetworkError('z')).toBe(true)
    store.reset()
    expect(store.next('a')).toBeUndefined()
    expect(store.hasNetworkError('z')).toBe(false)
  })
})
