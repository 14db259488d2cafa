import { describe, expect, test } from 'vitest'
import { forbidsBody, type ParsedResponseKey, parseResponseKey, statusesOf } from './status-codes.ts'

describe('parseResponseKey', () => {
  const cases: [string, { given: string; want: ParsedResponseKey | undefined }][] = [
    ['status', { given: '200', want: { key: '200', kind: 'status', code: 200 } }],
    ['lowest status', { given: '100', want: { key: '100', kind: 'status', code: 100 } }],
    ['highest status', { given: '599', want: { key: '599', kind: 'status', code: 599 } }],
    ['range', { given: '4XX', want: { key: '4XX', kind: 'range', code: 4 } }],
    ['lower-case range normalised', { given: '5xx', want: { key: '5XX', kind: 'range', code: 5 } }],
    ['mixed-case range normalised', { given: '2Xx', want: { key: '2XX', kind: 'range', code: 2 } }],
    ['default', { given: 'default', want: { key: 'default', kind: 'default', code: 0 } }],
    ['letter O', { given: '2OO', want: undefined }],
    ['600', { given: '600', want: undefined }],
    ['099', { given: '099', want: undefined }],
    ['two digits', { given: '20', want: undefined }],
    ['6XX', { given: '6XX', want: undefined }],
    ['Default', { given: 'Default', want: undefined }],
    ['padded', { given: ' 200', want: undefined }],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    expect(parseResponseKey(given)).toEqual(want)
  })
})

describe('statusesOf', () => {
  const range = (code: number, skip: number[]) =>
    Array.from({ length: 100 }, (_, i) => code * 100 + i).filter((s) => !skip.includes(s))
  const cases: [string, { given: [string, number[]]; want: number[] }][] = [
    ['status', { given: ['404', [404, 400]], want: [404] }],
    [
      'range minus declared statuses of the class',
      { given: ['4XX', [400, 404, 500]], want: range(4, [400, 404]) },
    ],
    ['range with nothing declared', { given: ['2XX', []], want: range(2, []) }],
    ['default', { given: ['default', [200]], want: [] }],
  ]
  test.each(cases)('%s', (_, { given: [key, declared], want }) => {
    const parsed = parseResponseKey(key)
    if (parsed === undefined) throw new Error(`bad test key ${key}`)
    expect(statusesOf(parsed, new Set(declared))).toEqual(want)
  })

  test('4XX next to 400 and 404 is 401..499 without 404', () => {
    const statuses = statusesOf({ key: '4XX', kind: 'range', code: 4 }, new Set([400, 404]))
    expect(statuses[0]).toBe(401)
    expect(statuses.at(-1)).toBe(499)
    expect(statuses).toHaveLength(98)
    expect(statuses).not.toContain(404)
  })
})

describe('forbidsBody', () => {
  test.each([
    [204, true],
    [205, true],
    [304, true],
    [200, false],
    [201, false],
    [404, false],
  ])('%i → %s', (status, want) => {
    expect(forbidsBody(status)).toBe(want)
  })
})
