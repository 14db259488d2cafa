import { HttpResponse, http, type RequestHandler } from 'msw'
import { describe, expect, it } from 'vitest'
import { createMethodIndex } from './method-index.ts'

describe('createMethodIndex', () => {
  const getA = http.get('*/a', () => HttpResponse.text('a'))
  const postA = http.post('*/a', () => HttpResponse.text('post'))
  const all = http.all('*/any', () => HttpResponse.text('any'))
  const getB = http.get('*/b', () => HttpResponse.text('b'))
  const index = createMethodIndex([getA, postA, all, getB] as RequestHandler[])

  it('keeps the handlers of the method and the any-method ones, in order', () => {
    expect(index('GET')).toEqual([getA, all, getB])
    expect(index('post')).toEqual([postA, all])
    expect(index('HEAD')).toEqual([all])
  })

  it('returns the same list for the same method', () => {
    expect(index('GET')).toBe(index('get'))
  })
})
