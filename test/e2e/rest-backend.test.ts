/**
 * The mocks as a REST backend, driven by the generated SDKs: request validation (400/422 in the
 * spec's error shape), credentials (401 + WWW-Authenticate), 405 + Allow, and stateful CRUD — the
 * ChimeStack flow (login → token → create a cluster in an availability zone → read → delete → 404) and
 * the zoo's collections.
 */
import { createClient as createChimeClient } from 'chimestack-sdk'
import { createMock as createChimeMock } from 'chimestack-sdk/mocks'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createClient as createZooClient } from 'zoo-sdk'
import { createMock as createZooMock } from 'zoo-sdk/mocks'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe('ChimeStack SDK against the stateful mock', () => {
  it('logs in, creates a cluster in a zone, reads it, deletes it, then gets 404', async () => {
    const mock = createChimeMock({ seed: 11, stateful: true })
    server.use(...mock.handlers)
    const api = createChimeClient()

    const login = await api.login({ body: { username: 'admin', password: 's3cret' } })
    if (login.status !== 200) throw new Error(`login answered ${login.status}`)
    const token = login.data.result.token
    api.options.auth = { bearer: token }

    const zones = await api.listAvailabilityZones({ query: { limit: 1 } })
    if (zones.status !== 200) throw new Error(`listAvailabilityZones answered ${zones.status}`)
    const zoneId = zones.data.result[0]?.id
    expect(zoneId).toBeTypeOf('string')

    const created = await api.createCluster({
      body: { name: 'test-cluster', zoneId: zoneId as string, nodeCount: 3, version: '1.29.4' },
    })
    if (created.status !== 201) throw new Error(`createCluster answered ${created.status}`)
    const cluster = created.data.result
    expect(cluster).toMatchObject({ name: 'test-cluster', zoneId, nodeCount: 3 })
    expect(created.headers.location).toBe(`https://api.chimestack.example/v1/clusters/${cluster.id}`)

    const read = await api.getCluster({ path: { clusterId: cluster.id } })
    expect(read.status).toBe(200)
    if (read.status === 200) expect(read.data.result).toEqual(cluster)

    const updated = await api.updateCluster({ path: { clusterId: cluster.id }, body: { nodeCount: 5 } })
    expect(updated.status === 200 && updated.data.result.nodeCount).toBe(5)

    expect((await api.deleteCluster({ path: { clusterId: cluster.id } })).status).toBe(204)
    const gone = await api.getCluster({ path: { clusterId: cluster.id } })
    expect(gone.status).toBe(404)
    if (gone.status === 404) expect(gone.error.error).toMatchObject({ code: 'NotFound', status: 404 })

    const anonymous = createChimeClient()
    const refused = await anonymous.createCluster({
      body: { name: 'x', zoneId: zoneId as string, nodeCount: 1, version: '1.0.0' },
    })
    expect(refused.status).toBe(401)
    if (refused.status === 401) {
      expect(refused.headers['www-authenticate']).toBe('Bearer realm="ChimeStack API"')
      expect(refused.error.error).toMatchObject({ code: 'Unauthorized', status: 401 })
    }
    expect((await anonymous.getCluster({ path: { clusterId: cluster.id } })).status).toBe(401)
    expect((await anonymous.deleteCluster({ path: { clusterId: cluster.id } })).status).toBe(401)
  })

  it('answers invalid input with 400 in the envelope, naming the fields', async () => {
    server.use(...createChimeMock({ seed: 11 }).handlers)
    const api = createChimeClient({ auth: { bearer: 'token' } })
    const res = await api.createCluster({
      body: { name: '', zoneId: 'not-a-uuid', nodeCount: 0, version: 'v1' },
    })
    expect(res.status).toBe(400)
    if (res.status !== 400) return
    expect(res.error.result).toBeNull()
    expect(res.error.error.code).toBe('BadRequest')
    expect(res.error.error.message).toBe(
      'body.name: must NOT have fewer than 1 characters; body.zoneId: must match format "uuid"; body.nodeCount: must be >= 1; body.version: must match pattern "^[0-9]+\\.[0-9]+\\.[0-9]+$"',
    )
  })
})

describe('zoo SDK against the mock', () => {
  it('creates, lists with filters, and deletes in stateful mode', async () => {
    server.use(...createZooMock({ seed: 5, stateful: true }).handlers)
    const api = createZooClient({ auth: { bearer: 'token' } })
    const created = await api.createZoo({
      body: { code: 'TLL-001', name: 'Tallinn Zoo', city: 'Tallinn', country: 'EE' },
    })
    if (created.status !== 201) throw new Error(`createZoo answered ${created.status}`)
    const list = await api.listZoos({ query: { country: 'EE' } })
    expect(list.status === 200 && list.data.map((zoo) => zoo.id)).toContain(created.data.id)
    expect((await api.deleteZoo({ path: { zooId: created.data.id } })).status).toBe(204)
    expect((await api.getZoo({ path: { zooId: created.data.id } })).status).toBe(404)
  })

  it('answers the declared 422 with the failing fields, and 401 without a token', async () => {
    server.use(...createZooMock({ seed: 5 }).handlers)
    const api = createZooClient({ auth: { bearer: 'token' } })
    const invalid = await api.createZoo({ body: { code: 'bad', name: 'x', city: 'y', country: 'DEU' } })
    expect(invalid.status).toBe(422)
    if (invalid.status === 422) {
      expect(invalid.error.fields).toEqual([
        { field: 'code', message: 'must match pattern "^[A-Z]{3}-[0-9]{3}$"' },
        { field: 'country', message: 'must NOT have more than 2 characters' },
      ])
    }
    const anonymous = await createZooClient().createZoo({
      body: { code: 'BER-001', name: 'x', city: 'y', country: 'DE' },
    })
    expect(anonymous.status).toBe(401)
    if (anonymous.status === 401) expect(anonymous.error.error).toBe('missing credentials for bearerAuth')
  })
})
