import { describe, expect, it } from 'vitest'
import {
  compareTemplates,
  compileTemplate,
  createTemplateMatcher,
  matchTemplate,
  routePrefix,
  toMswPath,
} from './routes.ts'

describe('routePrefix', () => {
  it.each([
    ['https://api.example.com/v1/', 'https://api.example.com/v1'],
    ['http://localhost:4010', 'http://localhost:4010'],
    ['/v1', '*/v1'],
    ['v1', '*/v1'],
    ['', '*'],
    [undefined, '*'],
  ])('%s → %s', (baseUrl, prefix) => {
    expect(routePrefix(baseUrl)).toBe(prefix)
  })
})

describe('toMswPath', () => {
  it.each([
    ['/zoos/{zooId}', '*/v1/zoos/:zooId'],
    ['/repos/{owner}/{repo}/git/refs', '*/v1/repos/:owner/:repo/git/refs'],
    ['/', '*/v1/'],
    ['/zoos/{zoo-id}', undefined],
    ['/files/{name}.{ext}', undefined],
    ['/v1:batch', undefined],
    ['/search(all)', undefined],
  ])('%s → %s', (template, path) => {
    expect(toMswPath('*/v1', template)).toBe(path)
  })
})

describe('compileTemplate', () => {
  it('reads decoded parameters and ignores a trailing slash', () => {
    const compiled = compileTemplate('/zoos/{zoo-id}/files/{name}.{ext}')
    expect(matchTemplate(compiled, '/zoos/a%20b/files/map.pdf/')).toEqual({
      'zoo-id': 'a b',
      name: 'map',
      ext: 'pdf',
    })
    expect(matchTemplate(compiled, '/zoos/1/files')).toBeUndefined()
    expect(matchTemplate(compileTemplate('/v1.0/{id}'), '/v1x0/1')).toBeUndefined()
  })
})

describe('createTemplateMatcher', () => {
  it('matches under an absolute base URL only', () => {
    const matcher = createTemplateMatcher('https://api.example.com/v1', '/zoos/{zoo-id}')
    expect(matcher(new URL('https://api.example.com/v1/zoos/7'))).toEqual({ 'zoo-id': '7' })
    expect(matcher(new URL('https://other.example.com/v1/zoos/7'))).toBeUndefined()
    expect(matcher(new URL('https://api.example.com/v1/zoos/7/x'))).toBeUndefined()
  })

  it('matches any origin under a relative base URL', () => {
    const matcher = createTemplateMatcher('*/v1', '/zoos/{zoo-id}')
    expect(matcher(new URL('http://localhost:3000/v1/zoos/7'))).toEqual({ 'zoo-id': '7' })
    expect(matcher(new URL('http://localhost:3000/v2/zoos/7'))).toBeUndefined()
  })
})

describe('compareTemplates', () => {
  it('orders static segments before parameters, keeping spec order otherwise', () => {
    const templates = [
      '/zoos/{zooId}',
      '/zoos/{zooId}/animals',
      '/zoos/count',
      '/zoos',
      '/zoos/{zooId}/{kind}',
      '/zoos/{zooId}/logo.png',
    ]
    expect([...templates].sort(compareTemplates)).toEqual([
      '/zoos',
      '/zoos/count',
      '/zoos/{zooId}',
      '/zoos/{zooId}/animals',
      '/zoos/{zooId}/logo.png',
      '/zoos/{zooId}/{kind}',
    ])
  })
})
