import { describe, expect, it } from 'vitest'
import { zooMockData } from '../testing/zoo-mock-data.ts'
import { ControlError } from './control-error.ts'
import { checkDeclared, parseScenarioRequest } from './scenario-request.ts'

describe('parseScenarioRequest', () => {
  it.each([
    ['a bare status', 404, { steps: [404], sequence: false, force: false }],
    ['a status object', { status: 404 }, { steps: [{ status: 404 }], sequence: false, force: false }],
    [
      'a status with body, headers, delay and force',
      { status: 418, body: { a: 1 }, headers: { 'x-a': 'b' }, delay: 5, force: true },
      {
        steps: [{ status: 418, body: { a: 1 }, headers: { 'x-a': 'b' }, delay: 5 }],
        sequence: false,
        force: true,
      },
    ],
    [
      'a sequence',
      { sequence: [503, { status: 200, delay: 10 }] },
      { steps: [503, { status: 200, delay: 10 }], sequence: true, force: false },
    ],
  ])('accepts %s', (_label, input, want) => {
    expect(parseScenarioRequest('getZoo', input)).toEqual(want)
  })

  it.each([
    ['a string', '404', /expected a JSON object/],
    ['null', null, /expected a JSON object/],
    ['an unknown field', { status: 200, stauts: 1 }, /unknown field "stauts"/],
    ['a missing status', {}, /scenario\.status must be a final HTTP status/],
    ['a status out of range', { status: 600 }, /600/],
    ['a fractional status', 200.5, /not a final HTTP status/],
    ['an interim status', 101, /101 is not a final HTTP status/],
    ['non-string headers', { status: 200, headers: { a: 1 } }, /headers\["a"\] must be a string/],
    ['a negative delay', { status: 200, delay: -5 }, /delay must be a number of milliseconds/],
    ['a non-boolean force', { status: 200, force: 'yes' }, /force/],
    // JSON.parse reads 1e400 as Infinity, which JSON.stringify wrote back as "null".
    ['an infinite delay', JSON.parse('{"status": 200, "delay": 1e400}'), /delay .* got Infinity$/],
    ['an infinite status', JSON.parse('{"status": 1e400}'), /status .* got Infinity$/],
    [
      'a body nested deeper than the mock answers',
      { status: 200, body: JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) },
      /scenario\.body is nested more than 1000 levels deep/,
    ],
    [
      'a deep body in a step',
      { sequence: [200, { status: 200, body: { a: JSON.parse(`${'['.repeat(1000)}${']'.repeat(1000)}`) } }] },
      /sequence\[1\]\.body is nested more than 1000 levels deep/,
    ],
    [
      'status and sequence together',
      { status: 200, sequence: [200] },
      /"status" cannot go next to `sequence`/,
    ],
    ['an empty sequence', { sequence: [] }, /non-empty array/],
    ['a bad step in a sequence', { sequence: [200, { status: 'x' }] }, /sequence\[1\]\.status/],
    [
      'an unknown field in a step',
      { sequence: [{ status: 200, wait: 1 }] },
      /sequence\[0\] has an unknown field "wait"/,
    ],
  ])('rejects %s with a 400 that names it', (_label, input, message) => {
    let caught: unknown
    try {
      parseScenarioRequest('getZoo', input)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ControlError)
    expect((caught as ControlError).status).toBe(400)
    expect((caught as ControlError).message).toMatch(/^\[statusline\] Failed to script getZoo: /)
    expect((caught as ControlError).message).toMatch(message)
  })
})

describe('checkDeclared', () => {
  const createZoo = zooMockData.operations.find((operation) => operation.name === 'createZoo')
  if (createZoo === undefined) throw new Error('fixture without createZoo')

  it('accepts declared statuses, range members and anything with force', () => {
    expect(() =>
      checkDeclared(createZoo, parseScenarioRequest('createZoo', { sequence: [201, 400, 503] })),
    ).not.toThrow()
    expect(() =>
      checkDeclared(createZoo, parseScenarioRequest('createZoo', { status: 418, force: true })),
    ).not.toThrow()
  })

  it('rejects an undeclared status, listing the declared keys and the way out', () => {
    expect(() =>
      checkDeclared(createZoo, parseScenarioRequest('createZoo', { sequence: [201, 404] })),
    ).toThrow('status 404 is not declared (declared: 201, 400, 5XX); send "force": true to answer it anyway')
  })
})
