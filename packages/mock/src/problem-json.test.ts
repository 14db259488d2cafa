import { describe, expect, it } from 'vitest'
import { problemDetails, reasonPhrase } from './problem-json.ts'

describe('reasonPhrase', () => {
  it.each([
    [404, 'Not Found'],
    [422, 'Unprocessable Content'],
    [429, 'Too Many Requests'],
    [499, 'Client Error'],
    [527, 'Server Error'],
    [299, 'Success'],
  ])('%i → %s', (status, phrase) => {
    expect(reasonPhrase(status)).toBe(phrase)
  })
})

describe('problemDetails', () => {
  it('builds an about:blank problem (RFC 9457)', () => {
    expect(problemDetails(503, 'down')).toEqual({
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: 'down',
    })
  })
})
