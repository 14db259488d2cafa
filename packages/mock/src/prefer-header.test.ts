import { describe, expect, it } from 'vitest'
import { parsePrefer } from './prefer-header.ts'

describe('parsePrefer', () => {
  it.each([
    [null, {}],
    ['', {}],
    ['code=404', { code: 404 }],
    ['code=404, example=gone', { code: 404, example: 'gone' }],
    ['dynamic=true; code=201', { dynamic: true, code: 201 }],
    ['example="not found", dynamic=false', { example: 'not found', dynamic: false }],
    ['respond-async, wait=10, code=202', { code: 202 }],
    [
      'code=abc, dynamic=maybe, example=',
      { invalid: 'code=abc is not a final HTTP status (an integer 200–599)' },
    ],
    ['dynamic=maybe', { invalid: 'dynamic=maybe is not true or false' }],
    ['code=404, code=200', { code: 404 }],
    ['CODE=500', { code: 500 }],
  ])('%j → %j', (header, directives) => {
    expect(parsePrefer(header)).toEqual(directives)
  })
})
