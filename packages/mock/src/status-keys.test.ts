import { describe, expect, it } from 'vitest'
import type { MockOperation, MockResponse } from './data.ts'
import { findResponse, happyStatus, keyForStatus, representativeStatuses } from './status-keys.ts'

function response(key: string, statuses: number[] = /^\d+$/.test(key) ? [Number(key)] : []): MockResponse {
  return { key, statuses, noContent: true, contents: [], headers: [] }
}

function operation(...responses: MockResponse[]): MockOperation {
  return {
    name: 'op',
    operationId: 'op',
    method: 'GET',
    path: '/',
    tags: [],
    parameters: [],
    responses,
    security: [],
  }
}

function classRange(digit: number, declared: number[]): number[] {
  return Array.from({ length: 100 }, (_, index) => digit * 100 + index).filter(
    (status) => !declared.includes(status),
  )
}

describe('findResponse', () => {
  const op = operation(response('404'), response('4XX', classRange(4, [404])), response('default'))

  it.each([
    [404, '404'],
    [418, '4XX'],
    [500, 'default'],
    [200, 'default'],
  ])('answers %i with %s (literal > range > default)', (status, key) => {
    expect(keyForStatus(op, status)).toBe(key)
  })

  it('finds nothing for an undeclared status when there is no default', () => {
    expect(findResponse(operation(response('200')), 500)).toBeUndefined()
  })
})

describe('happyStatus', () => {
  it.each([
    ['200 when declared, wherever it is', operation(response('201'), response('200')), 200],
    ['the first declared 2xx otherwise', operation(response('404'), response('202'), response('201')), 202],
    ['200 for a 2XX range', operation(response('2XX', classRange(2, []))), 200],
    [
      'the first free status of a 2XX range beside 200',
      operation(response('400'), response('2XX', classRange(2, [200])), response('200')),
      200,
    ],
    ['default as 200 when no 2xx is declared', operation(response('404'), response('default')), 200],
    ['the first declared key otherwise', operation(response('404'), response('500')), 404],
    ['200 for an operation without responses', operation(), 200],
  ])('%s', (_, op, status) => {
    expect(happyStatus(op)).toBe(status)
  })
})

describe('representativeStatuses', () => {
  it('gives literals, the first free status of each range, and a free 5xx for default', () => {
    const op = operation(
      response('200'),
      response('400'),
      response('4XX', classRange(4, [400])),
      response('500'),
      response('default'),
    )
    expect(representativeStatuses(op)).toEqual([200, 400, 401, 500, 501])
  })

  it('falls back to a free 4xx for default when every 5xx is taken', () => {
    const op = operation(response('5XX', classRange(5, [])), response('default'))
    expect(representativeStatuses(op)).toEqual([500, 400])
  })
})
