import { describe, expect, it } from 'vitest'
import { createParameter } from '../testing/model-factory.ts'
import { fragmentSelector, splitFragment } from './path-fragment.ts'

describe('splitFragment', () => {
  it.each([
    ['/zoos/{zId}', { path: '/zoos/{zId}' }],
    ['/#Action=AssumeRole', { path: '/', fragment: 'Action=AssumeRole' }],
    ['/{roleId}#disambiguation_dummy', { path: '/{roleId}', fragment: 'disambiguation_dummy' }],
    ['/a#b#c', { path: '/a', fragment: 'b#c' }],
  ])('%s', (key, want) => {
    expect(splitFragment(key)).toEqual(want)
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
