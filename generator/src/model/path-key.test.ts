import { describe, expect, it } from 'vitest'
import { createParameter } from '../testing/model-factory.ts'
import { fragmentSelector, keyQuery, splitPathKey } from './path-key.ts'

describe('splitPathKey', () => {
  it.each([
    ['/zoos/{zId}', { path: '/zoos/{zId}' }],
    ['/#Action=AssumeRole', { path: '/', fragment: 'Action=AssumeRole' }],
    ['/{roleId}#disambiguation_dummy', { path: '/{roleId}', fragment: 'disambiguation_dummy' }],
    ['/a#b#c', { path: '/a', fragment: 'b#c' }],
    ['/alerts?lat={lat}&lon={lon}', { path: '/alerts', query: 'lat={lat}&lon={lon}' }],
    ['/rest?method=x#y', { path: '/rest', query: 'method=x', fragment: 'y' }],
    ['/a?', { path: '/a' }],
    ['/a#b?c', { path: '/a', fragment: 'b?c' }],
  ])('%s', (key, want) => {
    expect(splitPathKey(key)).toEqual(want)
  })
})

describe('keyQuery', () => {
  const lat = createParameter('lat', { in: 'path' })
  const q = createParameter('q', { in: 'query' })

  it('keeps constants (as selectors) and path parameters (read from the query), leaves query parameters to themselves', () => {
    expect(keyQuery('method=flickr.a%20b&lat={lat}&q={q}&flag&&x=a{b}', [lat, q])).toEqual({
      text: 'method=flickr.a%20b&lat={lat}&flag',
      selectors: [
        { in: 'query', name: 'method', value: 'flickr.a b' },
        { in: 'query', name: 'flag', value: '' },
      ],
      pathParams: { lat: 'lat' },
    })
    expect(keyQuery('q={q}', [q])).toEqual({ selectors: [], pathParams: {} })
    expect(keyQuery('{lat}=1', [lat])).toEqual({ text: '{lat}=1', selectors: [], pathParams: {} })
    expect(keyQuery('q=x&m=y', [q])).toEqual({
      text: 'm=y',
      selectors: [
        { in: 'query', name: 'q', value: 'x' },
        { in: 'query', name: 'm', value: 'y' },
      ],
      pathParams: {},
    })
    expect(keyQuery('__proto__={lat}', [lat]).pathParams).toEqual(JSON.parse('{"__proto__":"lat"}'))
  })
})

describe('fragmentSelector', () => {
  const action = createParameter('Action', { in: 'query' })
  const target = createParameter('X-Amz-Target', { in: 'header' })
  const id = createParameter('id', { in: 'path' })

  it('names a query parameter by its exact name, a header parameter without case', () => {
    expect(fragmentSelector('Action=AssumeRole', [id, action])).toEqual({
      in: 'query',
      name: 'Action',
      value: 'AssumeRole',
    })
    expect(fragmentSelector('x-amz-target=Ws.Op%20One', [target])).toEqual({
      in: 'header',
      name: 'X-Amz-Target',
      value: 'Ws.Op One',
    })
    expect(fragmentSelector('action=AssumeRole', [action])).toBeUndefined()
  })

  it('is undefined for a bare tag, several pairs, a path parameter or no parameter of that name', () => {
    expect(fragmentSelector(undefined, [action])).toBeUndefined()
    expect(fragmentSelector('disambiguation_dummy', [action])).toBeUndefined()
    expect(fragmentSelector('Action=A&Version=1', [action])).toBeUndefined()
    expect(fragmentSelector('id=1', [id])).toBeUndefined()
    expect(fragmentSelector('Other=1', [action])).toBeUndefined()
  })

  it('keeps a malformed escape as written', () => {
    expect(fragmentSelector('Action=%E0%A4%A', [action])?.value).toBe('%E0%A4%A')
  })
})
