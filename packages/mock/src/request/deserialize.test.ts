import { describe, expect, it } from 'vitest'
import {
  type ParamShape,
  parseCookies,
  readCookieParam,
  readHeaderParam,
  readPathParam,
  readQueryParam,
} from './deserialize.ts'

const info = (style: string, explode: boolean, shape: ParamShape, propertyNames?: string[]) => ({
  name: 'color',
  style,
  explode,
  shape,
  ...(propertyNames === undefined ? {} : { propertyNames }),
})

const rgb = { R: '100', G: '200' }

// The Style Examples table of OpenAPI 3.1 §4.8.12.4, read backwards.
describe('path styles', () => {
  it.each([
    ['simple', false, 'primitive', 'blue', 'blue'],
    ['simple', false, 'array', 'blue,black,brown', ['blue', 'black', 'brown']],
    ['simple', false, 'object', 'R,100,G,200', rgb],
    ['simple', true, 'object', 'R=100,G=200', rgb],
    ['label', false, 'primitive', '.blue', 'blue'],
    ['label', false, 'array', '.blue,black,brown', ['blue', 'black', 'brown']],
    ['label', true, 'array', '.blue.black.brown', ['blue', 'black', 'brown']],
    ['label', false, 'object', '.R,100,G,200', rgb],
    ['label', true, 'object', '.R=100.G=200', rgb],
    ['matrix', false, 'primitive', ';color=blue', 'blue'],
    ['matrix', false, 'primitive', ';color', ''],
    ['matrix', false, 'array', ';color=blue,black,brown', ['blue', 'black', 'brown']],
    ['matrix', true, 'array', ';color=blue;color=black;color=brown', ['blue', 'black', 'brown']],
    ['matrix', false, 'object', ';color=R,100,G,200', rgb],
    ['matrix', true, 'object', ';R=100;G=200', rgb],
    ['simple', false, 'array', '', []],
  ] as const)('%s explode=%s %s %j', (style, explode, shape, text, want) => {
    expect(readPathParam(text, info(style, explode, shape))).toEqual({ present: true, value: want })
  })

  it.each([
    ['label', false, 'primitive', 'blue', 'color must start with "." (label style)'],
    ['matrix', false, 'primitive', 'blue', 'color must start with ";" (matrix style)'],
    ['matrix', false, 'primitive', ';colour=blue', 'color must read ";color=…" (matrix style)'],
    ['simple', false, 'object', 'R,100,G', 'color (simple) must list key,value pairs'],
    ['simple', true, 'object', 'R=100,G', 'color (simple, explode) must list key=value entries'],
  ] as const)('refuses %s %s %s %j', (style, explode, shape, text, error) => {
    expect(readPathParam(text, info(style, explode, shape))).toEqual({ present: true, error })
  })

  it('reports an absent path parameter', () => {
    expect(readPathParam(undefined, info('simple', false, 'primitive'))).toEqual({ present: false })
  })
})

describe('query styles', () => {
  const read = (query: string, style: string, explode: boolean, shape: ParamShape, names?: string[]) =>
    readQueryParam(new URLSearchParams(query), info(style, explode, shape, names))

  it.each([
    ['color=blue', 'form', true, 'primitive', 'blue'],
    ['color=blue&color=black', 'form', true, 'array', ['blue', 'black']],
    ['color=blue,black', 'form', false, 'array', ['blue', 'black']],
    ['color=blue%20black', 'spaceDelimited', false, 'array', ['blue', 'black']],
    ['color=blue%7Cblack', 'pipeDelimited', false, 'array', ['blue', 'black']],
    ['color=blue', 'form', true, 'array', ['blue']],
    ['color=R,100,G,200', 'form', false, 'object', rgb],
    ['color=R%20100%20G%20200', 'spaceDelimited', false, 'object', rgb],
    ['color=R%7C100%7CG%7C200', 'pipeDelimited', false, 'object', rgb],
    ['color=%7B%22R%22%3A100%7D', 'form', true, 'object', { R: 100 }],
    ['color=%5B1%2C2%5D', 'form', false, 'array', [1, 2]],
    ['color=', 'form', true, 'primitive', ''],
  ] as const)('%s (%s, explode=%s, %s)', (query, style, explode, shape, want) => {
    expect(read(query, style, explode, shape)).toEqual({ present: true, value: want })
  })

  it('collects an exploded form object from its property names', () => {
    expect(read('R=100&G=200&other=1', 'form', true, 'object', ['R', 'G', 'B'])).toEqual({
      present: true,
      value: rgb,
    })
    expect(read('other=1', 'form', true, 'object', ['R'])).toEqual({ present: false })
  })

  it('reads deepObject, nested keys and repeated leaves', () => {
    expect(read('color[R]=100&color[G]=200&x=1', 'deepObject', true, 'object')).toEqual({
      present: true,
      value: rgb,
    })
    expect(read('color[a][b]=1&color[a][c]=2&color[l]=x&color[l]=y', 'deepObject', true, 'object')).toEqual({
      present: true,
      value: { a: { b: '1', c: '2' }, l: ['x', 'y'] },
    })
    expect(read('colors[R]=1', 'deepObject', true, 'object')).toEqual({ present: false })
  })

  it('never lets a deepObject key reach the prototype', () => {
    const result = read('color[__proto__][polluted]=1', 'deepObject', true, 'object')
    expect(result).toEqual({
      present: true,
      error: 'color[__proto__][polluted] is not a valid deepObject key of color',
    })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses malformed deepObject keys', () => {
    expect(read('color[R=1', 'deepObject', true, 'object')).toMatchObject({
      error: expect.stringContaining('color[R'),
    })
    expect(read('color[a]=1&color[a][b]=2', 'deepObject', true, 'object')).toMatchObject({
      present: true,
      error: expect.any(String),
    })
  })

  it('reports absent parameters', () => {
    expect(read('other=1', 'form', true, 'primitive')).toEqual({ present: false })
  })
})

describe('headers and cookies', () => {
  it('reads headers case-insensitively, style simple', () => {
    const headers = new Headers({ 'X-Color': ' R=100,G=200 ' })
    expect(readHeaderParam(headers, { ...info('simple', true, 'object'), name: 'x-color' })).toEqual({
      present: true,
      value: rgb,
    })
    expect(readHeaderParam(headers, { ...info('simple', false, 'primitive'), name: 'X-Other' })).toEqual({
      present: false,
    })
  })

  it('reads object and array parameters sent as JSON (content-typed parameters)', () => {
    const headers = new Headers({ 'x-json': '{"a":[1,2],"b":"x,y"}' })
    expect(readHeaderParam(headers, { ...info('simple', false, 'object'), name: 'x-json' })).toEqual({
      present: true,
      value: { a: [1, 2], b: 'x,y' },
    })
    expect(readPathParam('[1,2]', info('simple', false, 'array'))).toEqual({ present: true, value: [1, 2] })
    expect(readPathParam('{"a":1}', info('simple', false, 'array'))).toEqual({
      present: true,
      value: ['{"a":1}'],
    })
    expect(readCookieParam(parseCookies('color=%7B%22R%22%3A1%7D'), info('form', false, 'object'))).toEqual({
      present: true,
      value: { R: 1 },
    })
  })

  it('parses the Cookie header, decoding and unquoting values', () => {
    const cookies = parseCookies('session=abc; color=blue,black; quoted="a%20b"; broken; color=red')
    expect(cookies.get('session')).toEqual(['abc'])
    expect(cookies.get('quoted')).toEqual(['a b'])
    expect(cookies.get('color')).toEqual(['blue,black', 'red'])
    expect(readCookieParam(cookies, info('form', false, 'array'))).toEqual({
      present: true,
      value: ['blue', 'black'],
    })
    expect(readCookieParam(cookies, info('form', true, 'array'))).toEqual({
      present: true,
      value: ['blue,black', 'red'],
    })
    expect(readCookieParam(parseCookies('color=R,100,G,200'), info('form', false, 'object'))).toEqual({
      present: true,
      value: rgb,
    })
    expect(readCookieParam(parseCookies(null), info('form', false, 'primitive'))).toEqual({ present: false })
  })
})
