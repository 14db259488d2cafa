import { beforeEach, describe, expect, it } from 'vitest'
import { operationNamed } from '../fixtures/spec-data.ts'
import type { JsonRecord } from './json-merge.ts'
import { type StoreHarness, storeFor } from './testing.ts'

const NOW = new Date('2030-01-02T03:04:05.000Z')
const validZoo = { code: 'BER-001', name: 'Berlin', city: 'Berlin', country: 'DE' }

describe('createStore: zoo (root bodies, integer ids)', () => {
  let zoo: StoreHarness
  beforeEach(async () => {
    zoo = await storeFor('zoo', { seed: 42, now: () => NOW })
  })

  it('starts every collection with 5 generated items, the same for the same seed', async () => {
    const first = zoo.call('listZoos').body!.value as JsonRecord[]
    expect(first.map((z) => z.id)).toEqual([1, 2, 3, 4, 5])
    const again = (await storeFor('zoo', { seed: 42 })).call('listZoos').body?.value
    expect(again).toEqual(first)
    const other = (await storeFor('zoo', { seed: 43 })).call('listZoos').body?.value
    expect(other).not.toEqual(first)
    expect((await storeFor('zoo', { initialItems: 0 })).call('listZoos').body?.value).toEqual([])
  })

  it('creates: 201, Location, server id, timestamps, body merged over a sampled resource', () => {
    const answer = zoo.call('createZoo', {
      body: { ...validZoo, id: 999, createdAt: '1999-01-01T00:00:00Z' },
    })
    expect(answer.status).toBe(201)
    expect(answer.headers).toEqual({ location: 'https://api.example.com/v1/zoos/6' })
    expect(answer.body?.value).toMatchObject({ ...validZoo, id: 6, createdAt: NOW.toISOString() })
    expect(zoo.call('getZoo', { path: { zooId: 6 } }).body?.value).toEqual(answer.body?.value)
  })

  it('reads, replaces (keeping id and createdAt), patches, deletes, then 404s', () => {
    const created = zoo.call('createZoo', {
      body: { ...validZoo, capacity: 10, website: 'https://zoo.example' },
    }).body!.value as JsonRecord
    const replaced = zoo.call('replaceZoo', {
      path: { zooId: 6 },
      body: { code: 'HAM-002', name: 'Hamburg', city: 'Hamburg', country: 'DE' },
    })
    expect(replaced.status).toBe(200)
    expect(replaced.body?.value).toMatchObject({ id: 6, name: 'Hamburg', createdAt: created.createdAt })
    expect(replaced.body?.value).not.toHaveProperty('capacity')
    const patched = zoo.call('updateZoo', { path: { zooId: 6 }, body: { capacity: 5000 } })
    expect(patched.body?.value).toMatchObject({ id: 6, name: 'Hamburg', capacity: 5000 })
    const deleted = zoo.call('deleteZoo', { path: { zooId: 6 } })
    expect(deleted).toEqual({ status: 204, headers: {}, body: undefined })
    const gone = zoo.call('getZoo', { path: { zooId: 6 } })
    expect(gone.status).toBe(404)
    expect(gone.body).toEqual({
      contentType: 'application/json',
      kind: 'json',
      value: { error: '/v1/zoos/6 does not exist' },
    })
    expect(zoo.call('deleteZoo', { path: { zooId: 6 } }).status).toBe(404)
    expect(zoo.call('updateZoo', { path: { zooId: 6 }, body: { capacity: 1 } }).status).toBe(404)
  })

  it('filters, sorts and paginates lists, with X-Total-Count', () => {
    for (const [name, country] of [
      ['Alpha', 'FR'],
      ['Beta', 'FR'],
      ['Gamma', 'FR'],
    ]) {
      zoo.call('createZoo', { body: { ...validZoo, name, country } })
    }
    const page = zoo.call('listZoos', { query: { country: 'FR', sortby: 'name', order: 'desc', limit: 2 } })
    expect(page.headers).toEqual({ 'x-total-count': '3' })
    expect((page.body!.value as JsonRecord[]).map((z) => z.name)).toEqual(['Gamma', 'Beta'])
    const second = zoo.call('listZoos', { query: { country: 'FR', sortby: 'name', page: 2, page_size: 2 } })
    expect((second.body!.value as JsonRecord[]).map((z) => z.name)).toEqual(['Gamma'])
    const offset = zoo.call('listZoos', { query: { offset: 6 } })
    expect((offset.body!.value as JsonRecord[]).map((z) => z.id)).toEqual([7, 8])
  })

  it('scopes nested collections by their parent, shares storage with the top-level route, 404s a missing parent', () => {
    const animals = zoo.call('listZooAnimals', { path: { zooId: 2 } }).body!.value as JsonRecord[]
    expect(animals).toHaveLength(5)
    expect(animals.every((a) => a.zooId === 2)).toBe(true)
    const created = zoo.call('createAnimal', {
      body: { name: 'Knut', species: 'Ursus maritimus', animalTypeId: 1, zooId: 2 },
    })
    const id = (created.body!.value as JsonRecord).id
    expect(
      (zoo.call('listZooAnimals', { path: { zooId: 2 } }).body!.value as JsonRecord[]).map((a) => a.id),
    ).toContain(id)
    expect(
      (zoo.call('listZooAnimals', { path: { zooId: 3 } }).body!.value as JsonRecord[]).map((a) => a.id),
    ).not.toContain(id)
    expect(zoo.call('deleteZooAnimal', { path: { zooId: 3, animalId: id } }).status).toBe(404)
    expect(zoo.call('deleteZooAnimal', { path: { zooId: 2, animalId: id } }).status).toBe(204)
    expect(zoo.call('getAnimal', { path: { animalId: id } }).status).toBe(404)
    const missing = zoo.call('listZooAnimals', { path: { zooId: 999 } })
    expect(missing.status).toBe(404)
    expect(missing.body?.value).toEqual({ error: '/v1/zoos/999 does not exist' })
  })

  it('records the parent id on items created under a nested collection', () => {
    const hired = zoo.call('hireZooEmployee', {
      path: { zooId: 4 },
      body: {
        firstName: 'Ada',
        lastName: 'Keeper',
        role: 'keeper',
        email: 'ada@zoo.example',
        hiredAt: '2024-01-01',
      },
    })
    expect(hired.status).toBe(201)
    const employee = hired.body!.value as JsonRecord
    expect(employee.zooId).toBe(4)
    expect(hired.headers.location).toBe(`https://api.example.com/v1/zoos/4/employees/${String(employee.id)}`)
    expect(zoo.call('getEmployee', { path: { employeeId: employee.id } }).body?.value).toEqual(employee)
  })

  it('never lets __proto__ keys pollute prototypes or reach stored objects', () => {
    const body = JSON.parse(
      `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${JSON.stringify(validZoo).slice(1)}`,
    )
    const answer = zoo.call('createZoo', { body })
    const stored = zoo.store.items('/zoos').at(-1) as JsonRecord
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype)
    expect(Object.keys(stored)).not.toContain('__proto__')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(answer.status).toBe(201)
    zoo.call('updateZoo', { path: { zooId: 1 }, body: JSON.parse('{"__proto__":{"polluted":1},"name":"P"}') })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('gives 200 creations 200 distinct ids', () => {
    const ids = Array.from(
      { length: 200 },
      () => (zoo.call('createZoo', { body: validZoo }).body!.value as JsonRecord).id,
    )
    expect(new Set(ids).size).toBe(200)
  })

  it('forgets changes on reset', () => {
    zoo.call('deleteZoo', { path: { zooId: 1 } })
    zoo.store.reset()
    expect(zoo.call('getZoo', { path: { zooId: 1 } }).status).toBe(200)
  })

  it('does not handle operations it cannot bind', async () => {
    const chime = await storeFor('chimestack')
    expect(chime.store.handles('login')).toBe(false)
    expect(
      chime.store.handle(operationNamed(chime.data, 'login'), {
        url: new URL('https://x/login'),
        path: {},
        query: {},
        body: {},
      }),
    ).toBeUndefined()
    expect(() => zoo.store.items('/nowhere')).toThrow(
      '[statusline] Failed to list stored items: no resource at /nowhere',
    )
  })
})

describe('createStore: ChimeStack (envelopes, uuid ids)', () => {
  it('keeps resources inside the `result` envelope', async () => {
    const chime = await storeFor('chimestack', { now: () => NOW })
    const zones = chime.call('listAvailabilityZones').body!.value as { result: JsonRecord[]; error: null }
    expect(zones.result).toHaveLength(5)
    expect(zones.error).toBeNull()
    const zoneId = zones.result[0]?.id
    const created = chime.call('createCluster', {
      body: { name: 'test-cluster', zoneId, nodeCount: 3, version: '1.29.4' },
    })
    expect(created.status).toBe(201)
    const cluster = (created.body!.value as { result: JsonRecord }).result
    expect(cluster).toMatchObject({
      name: 'test-cluster',
      zoneId,
      nodeCount: 3,
      createdAt: NOW.toISOString(),
    })
    expect(cluster.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(created.headers.location).toBe(`https://api.chimestack.example/v1/clusters/${String(cluster.id)}`)
    const read = chime.call('getCluster', { path: { clusterId: cluster.id } })
    expect((read.body!.value as { result: JsonRecord }).result).toEqual(cluster)
    const filtered = chime.call('listClusters', { query: { zoneId } }).body!.value as { result: JsonRecord[] }
    expect(filtered.result.map((c) => c.id)).toContain(cluster.id)
    expect(
      chime.call('updateCluster', {
        path: { clusterId: cluster.id },
        body: { description: null, nodeCount: 5 },
      }).status,
    ).toBe(200)
    expect(chime.call('deleteCluster', { path: { clusterId: cluster.id } }).status).toBe(204)
    const gone = chime.call('getCluster', { path: { clusterId: cluster.id } })
    expect(gone.status).toBe(404)
    expect((gone.body!.value as { error: JsonRecord }).error).toMatchObject({ code: 'NotFound', status: 404 })
  })

  it('honours overrides: idProperty, wrap, listWrap, and leaving a collection out', async () => {
    const chime = await storeFor('chimestack', {
      resources: {
        '/availability-zones': false,
        '/clusters': { idProperty: 'name', wrap: 'result', listWrap: 'result' },
      },
    })
    expect(chime.store.handles('listAvailabilityZones')).toBe(false)
    chime.call('createCluster', {
      body: {
        name: 'by-name',
        zoneId: '0b6a2d9e-4c1f-4e8a-9b3d-5f7e2a1c8d40',
        nodeCount: 1,
        version: '1.0.0',
      },
    })
    const resource = chime.store.resources.find((r) => r.collectionPath === '/clusters')
    expect(resource?.idProperty).toBe('name')
  })

  it('keeps the id a client chose when the id property is writable, and answers 409 when it is taken', async () => {
    const chime = await storeFor('chimestack', { resources: { '/clusters': { idProperty: 'name' } } })
    const body = {
      name: 'prod-eu',
      zoneId: '0b6a2d9e-4c1f-4e8a-9b3d-5f7e2a1c8d40',
      nodeCount: 1,
      version: '1.0.0',
    }
    const created = chime.call('createCluster', { body })
    expect(created.status).toBe(201)
    expect(created.headers.location).toBe('https://api.chimestack.example/v1/clusters/prod-eu')
    expect((created.body!.value as { result: JsonRecord }).result.name).toBe('prod-eu')
    const stored = chime.store.items('/clusters').find((item) => item.name === 'prod-eu')
    expect(stored).toMatchObject({ nodeCount: 1 })

    const again = chime.call('createCluster', { body: { ...body, nodeCount: 3 } })
    expect(again.status).toBe(409)
    expect(again.body?.value).toMatchObject({ detail: '/v1/clusters/prod-eu already exists' })
    expect(chime.store.items('/clusters').filter((item) => item.name === 'prod-eu')).toEqual([stored])
  })
})

describe('createStore: People (merge patch, writeOnly, problem+json 404)', () => {
  it('applies JSON merge patch: null removes a member', async () => {
    const people = await storeFor('people')
    const created = people.call('createPerson', {
      body: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', phone: '+441234567' },
    })
    const person = created.body!.value as JsonRecord
    const patched = people.call('updatePerson', {
      path: { personId: person.id },
      body: { phone: null, lastName: 'King' },
    })
    expect(patched.body?.value).toMatchObject({ firstName: 'Ada', lastName: 'King' })
    expect(patched.body?.value).not.toHaveProperty('phone')
    const missing = people.call('getPerson', { path: { personId: '3f2c1d9e-8a7b-4c6d-9e0f-1a2b3c4d5e6f' } })
    expect(missing).toMatchObject({
      status: 404,
      body: { contentType: 'application/problem+json', value: { status: 404, title: 'Not Found' } },
    })
  })
})
