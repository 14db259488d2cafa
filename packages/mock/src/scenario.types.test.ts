/**
 * Type tests of the scenario API, checked by `tsc` (the repo's type check) and run by vitest: every
 * `@ts-expect-error` line must fail to compile, or `tsc` reports the directive as unused.
 */
import type { ErrorMember, Status4xx, Status5xx, SuccessMember } from '@statusline/client'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { createMock } from './create-mock.ts'
import type { BodyFor } from './scenario-types.ts'
import { zooMockData } from './testing/zoo-mock-data.ts'

interface Zoo {
  id: number
  name: string
}
interface ErrorBody {
  error: string
}
type NoHeaders = Record<string, never>

type GetZooResult =
  | SuccessMember<200, 200, Zoo, NoHeaders>
  | ErrorMember<401, 401, undefined, NoHeaders>
  | ErrorMember<404, 404, ErrorBody, NoHeaders>
  | ErrorMember<'4XX', Exclude<Status4xx, 401 | 404>, unknown, NoHeaders>

interface OperationTypes {
  getZoo: {
    params: { path: { zooId: number } }
    result: GetZooResult
    statuses: 200 | 401 | 404 | Exclude<Status4xx, 401 | 404>
  }
  createZoo: {
    params: { body: { name: string } }
    result: SuccessMember<201, 201, Zoo, NoHeaders> | ErrorMember<'5XX', Status5xx, ErrorBody, NoHeaders>
    statuses: 201 | Status5xx
  }
  deleteZoo: {
    params: { path: { zooId: number } }
    result:
      | SuccessMember<204, 204, undefined, NoHeaders>
      | ErrorMember<404, 404, ErrorBody, NoHeaders>
      | ErrorMember<429, 429, ErrorBody, NoHeaders>
    statuses: 204 | 404 | 429
  }
}

const mock = createMock<OperationTypes>(zooMockData)

describe('scenario types', () => {
  it('types the body of each status from the result union', () => {
    expectTypeOf<BodyFor<GetZooResult, 200>>().toEqualTypeOf<Zoo>()
    expectTypeOf<BodyFor<GetZooResult, 404>>().toEqualTypeOf<ErrorBody>()
    expectTypeOf<BodyFor<GetZooResult, 418>>().toEqualTypeOf<unknown>()
    expectTypeOf<BodyFor<GetZooResult, 200 | 404>>().toEqualTypeOf<Zoo | ErrorBody>()
  })

  it('accepts declared statuses, specs with typed bodies, sequences and wildcards', () => {
    mock.scenario('getZoo', 404)
    mock.scenario('getZoo', 418)
    mock.scenario('getZoo', { status: 200, body: { id: 1, name: 'Berlin' } })
    mock.scenario('getZoo', { status: 404, body: { error: 'gone' }, headers: { 'x-trace': '1' }, delay: 10 })
    mock.scenario('createZoo', [503, 503, 201])
    mock.scenario('createZoo', [
      { status: 503, body: { error: 'busy' } },
      { status: 201, body: { id: 2, name: 'B' } },
    ])
    mock.scenario('deleteZoo', 204)
    mock.scenario('*', 500)
    mock.scenario('*', [503, { status: 200, delay: 5 }])
    mock.forceScenario('getZoo', 418)
    mock.forceScenario('deleteZoo', { status: 200, body: 'anything' })
    mock.networkError('*')
    mock.reset()
  })

  it('rejects undeclared statuses, wrong bodies and unknown operations', () => {
    // @ts-expect-error 500 is not declared by getZoo
    expect(() => mock.scenario('getZoo', 500)).toThrow('not declared')
    // @ts-expect-error 201 is not declared by deleteZoo
    expect(() => mock.scenario('deleteZoo', { status: 201 })).toThrow('not declared')
    // @ts-expect-error 200 is not declared by createZoo, even in a sequence
    expect(() => mock.scenario('createZoo', [503, 200])).toThrow('not declared')
    // @ts-expect-error unknown operation
    expect(() => mock.scenario('getZebra', 200)).toThrow('unknown operation')
    // @ts-expect-error unknown operation
    expect(() => mock.forceScenario('getZebra', 418)).toThrow('unknown operation')
    // @ts-expect-error 999 is not an HTTP status of the wildcard
    expect(() => mock.scenario('*', 999)).toThrow('not a final HTTP status')

    // @ts-expect-error the 200 body is a Zoo, not an error body
    mock.scenario('getZoo', { status: 200, body: { error: 'nope' } })
    // @ts-expect-error the 404 body is an ErrorBody
    mock.scenario('getZoo', { status: 404, body: { id: 1, name: 'x' } })
    // @ts-expect-error a wildcard scenario carries no body
    mock.scenario('*', { status: 500, body: { error: 'x' } })
    mock.reset()
  })

  it('types statuses() as the declared statuses', () => {
    expectTypeOf(mock.statuses('deleteZoo')).toEqualTypeOf<(204 | 404 | 429)[]>()
    expect(mock.statuses('deleteZoo')).toEqual([204, 404, 429])
  })
})
