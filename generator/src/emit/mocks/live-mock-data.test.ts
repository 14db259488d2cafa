import { describe, expect, it } from 'vitest'
import { ROOT } from '../../../../test/helpers/paths.ts'
import { loadSpec } from '../../load/index.ts'
import { buildModel } from '../../model/build-model.ts'
import { buildMockData } from './build-mock-data.ts'
import { buildLiveMockData } from './live-mock-data.ts'

async function zooModel() {
  const loaded = await loadSpec(`${ROOT}specs/zoo.yaml`, { validate: false })
  return buildModel(loaded.document, loaded.source).model
}

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('buildLiveMockData', () => {
  it('holds what buildMockData writes into mock-data.ts, and every component besides', async () => {
    const model = await zooModel()
    const written = json(buildMockData(model)) as Record<string, Record<string, Record<string, unknown>>>
    const live = json(buildLiveMockData(model)) as typeof written
    expect(live.operations).toEqual(written.operations)
    expect({ ...live, operations: [], components: {} }).toEqual({
      ...written,
      operations: [],
      components: {},
    })
    for (const [name, schema] of Object.entries(written.components?.schemas ?? {}))
      expect(live.components?.schemas?.[name]).toEqual(schema)
  })

  it('converts a body and a component schema only when they are first read', async () => {
    const model = await zooModel()
    const live = buildLiveMockData(model)
    const [response] = live.operations.flatMap((operation) => operation.responses)
    expect(Object.getOwnPropertyDescriptor(response, 'contents')?.get).toBeTypeOf('function')
    const contents = response?.contents
    expect(Object.getOwnPropertyDescriptor(response, 'contents')).toMatchObject({ value: contents })
    const schemas = live.components.schemas as Record<string, unknown>
    const [name] = Object.keys(schemas)
    expect(Object.getOwnPropertyDescriptor(schemas, name ?? '')?.get).toBeTypeOf('function')
    expect(schemas[name ?? '']).toBe(schemas[name ?? ''])
  })
})
