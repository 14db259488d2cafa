import { describe, expect, it } from 'vitest'
import { zooMockData } from '../testing/zoo-mock-data.ts'
import { createOperationMatcher } from './operation-matcher.ts'

describe('createOperationMatcher', () => {
  const match = createOperationMatcher(zooMockData, '/v1')
  it.each([
    ['GET', '/v1/zoos', 'listZoos'],
    ['get', '/v1/zoos/12', 'getZoo'],
    ['GET', '/v1/zoos/count', 'countZoos'],
    ['DELETE', '/v1/zoos/12', 'deleteZoo'],
    ['GET', '/v2/zoos', undefined],
    ['PUT', '/v1/nothing', undefined],
  ])('%s %s → %s', (method, path, want) => {
    expect(match(method, path)).toBe(want)
  })
})
