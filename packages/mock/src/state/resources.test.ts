import { describe, expect, it } from 'vitest'
import type { MockData, MockOperation, SchemaObject } from '../data.ts'
import { specMockData } from '../fixtures/spec-data.ts'
import { createSchemaView } from '../schema-view/schema-view.ts'
import { inferResources, type Resource } from './resources.ts'

async function infer(spec: string) {
  const data = await specMockData(spec)
  return inferResources(data, createSchemaView(data.components))
}

function summary(resource: Resource) {
  return {
    collection: resource.collectionPath,
    item: resource.itemPath,
    id: `${resource.idProperty}:${resource.idKind}`,
    parents: resource.parents.map((p) => `${p.param}->${p.property ?? '(scope)'}`),
    bindings: resource.bindings.map(
      (b) => `${b.operation}:${b.action}:${b.status}:${b.slot?.join('.') ?? '-'}`,
    ),
  }
}

describe('inferResources', () => {
  it('finds the zoo collections, nested ones scoped by their parent', async () => {
    const resources = await infer('zoo')
    expect(resources.map(summary)).toEqual([
      {
        collection: '/zoos',
        item: '/zoos/{zooId}',
        id: 'id:integer',
        parents: [],
        bindings: [
          'listZoos:list:200:',
          'createZoo:create:201:',
          'getZoo:read:200:',
          'replaceZoo:replace:200:',
          'deleteZoo:delete:204:-',
          'updateZoo:update:200:',
        ],
      },
      {
        collection: '/zoos/{zooId}/animals',
        item: '/zoos/{zooId}/animals/{animalId}',
        id: 'id:integer',
        parents: ['zooId->zooId'],
        bindings: ['listZooAnimals:list:200:', 'deleteZooAnimal:delete:204:-'],
      },
      {
        collection: '/zoos/{zooId}/employees',
        item: '/zoos/{zooId}/employees/{employeeId}',
        id: 'id:integer',
        parents: ['zooId->zooId'],
        bindings: [
          'listZooEmployees:list:200:',
          'hireZooEmployee:create:201:',
          'removeZooEmployee:delete:204:-',
        ],
      },
      expect.objectContaining({ collection: '/animals', id: 'id:integer' }),
      expect.objectContaining({ collection: '/employees', id: 'id:integer' }),
      expect.objectContaining({ collection: '/animal-types', id: 'id:integer' }),
    ])
    const animals = resources.filter((r) => r.table === '#/components/schemas/Animal id')
    expect(animals.map((r) => r.collectionPath)).toEqual(['/zoos/{zooId}/animals', '/animals'])
    expect(resources[1]?.parentItemPath).toBe('/zoos/{zooId}')
  })

  it('finds ChimeStack resources inside the `result` envelope, skipping POST-only actions', async () => {
    const resources = await infer('chimestack')
    expect(resources.map(summary)).toEqual([
      {
        collection: '/availability-zones',
        item: '/availability-zones/{zoneId}',
        id: 'id:uuid',
        parents: [],
        bindings: ['listAvailabilityZones:list:200:result', 'getAvailabilityZone:read:200:result'],
      },
      {
        collection: '/clusters',
        item: '/clusters/{clusterId}',
        id: 'id:uuid',
        parents: [],
        bindings: [
          'listClusters:list:200:result',
          'createCluster:create:201:result',
          'getCluster:read:200:result',
          'deleteCluster:delete:204:-',
          'updateCluster:update:200:result',
        ],
      },
    ])
    expect(resources[1]?.itemSchema).toEqual({ $ref: '#/components/schemas/Cluster' })
  })

  it('picks the id: the item parameter name, id, uuid, then a …Id property that is not a parent', () => {
    const op = (name: string, method: string, path: string, schema: unknown): MockOperation => ({
      name,
      operationId: name,
      method,
      path,
      tags: [],
      parameters: [],
      security: [],
      responses: [
        {
          key: '200',
          statuses: [200],
          noContent: false,
          headers: [],
          contents: [{ mediaType: 'application/json', kind: 'json', schema: schema as SchemaObject }],
        },
      ],
    })
    const data = (schema: unknown): MockData => ({
      title: 't',
      openapi: '3.1.0',
      servers: [],
      securitySchemes: {},
      components: {},
      operations: [
        op('list', 'GET', '/orgs/{orgId}/things', { type: 'array', items: schema }),
        op('get', 'GET', '/orgs/{orgId}/things/{thingId}', schema),
      ],
    })
    const idOf = (properties: Record<string, unknown>) =>
      inferResources(data({ type: 'object', properties }), createSchemaView({}))[0]?.idProperty
    expect(idOf({ thingId: { type: 'string' }, id: { type: 'integer' } })).toBe('thingId')
    expect(idOf({ uuid: { type: 'string' }, id: { type: 'integer' } })).toBe('id')
    expect(idOf({ uuid: { type: 'string', format: 'uuid' }, name: {} })).toBe('uuid')
    expect(idOf({ orgId: { type: 'string' }, serialId: { type: 'string' } })).toBe('serialId')
    expect(idOf({ orgId: { type: 'string' }, name: { type: 'string' } })).toBeUndefined()
  })

  it('finds no resources in an API of actions', async () => {
    const data = await specMockData('chimestack')
    const actions = {
      ...data,
      operations: data.operations.filter((o) => o.path === '/login' || o.path === '/logout'),
    }
    expect(inferResources(actions, createSchemaView(data.components))).toEqual([])
  })
})
