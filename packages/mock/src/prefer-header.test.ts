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
    ['code=abc, dynamic=maybe, example=', {}],
    ['CODE=500', { code: 500 }],
  ])('%j → %j', (header, directives) => {
    expect(parsePrefer(header)).toEqual(directives)
  })
})
