/**
 * Server variables shared by the document's servers and an operation's own, end to end: the spec
 * `specs/features/server-variables.yaml` (GitHub Enterprise Server's layout: the API under
 * `{protocol}://{hostname}/api/v3`, a console under `{protocol}://{hostname}`) generated, its SDK calling
 * its generated mock. A client of another host sends each operation with servers of its own to that
 * host, and a mock of that host answers it there; an operation on one fixed host stays on the base URL.
 */
import { startMockServer } from '@statusline/mock/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateInto } from '../helpers/generate-into.ts'
import { recordedMsw } from '../helpers/recorded-msw.ts'

type Member = { ok: boolean; status: number }
type Operation = (params?: object, options?: object) => Promise<Member>
interface Sdk {
  createClient(options?: object): Record<string, Operation>
  serverTemplates: readonly string[]
}
interface Mocks {
  createMock(options?: object): { handlers: never[]; calls(name?: string): unknown[]; reset(): void }
}

const { dir } = await generateInto('specs/features/server-variables.yaml', 'server-variables')
const sdk = (await import(`${dir}client.js`)) as Sdk
const { createMock } = (await import(`${dir}mocks.ts`)) as Mocks

const upload = { path: { name: 'a.bin' }, body: new Uint8Array([1, 2, 3]) }

/** Calls the four operations through a client of `baseUrl`; returns their statuses. */
async function callAll(baseUrl?: string): Promise<number[]> {
  const api = sdk.createClient(baseUrl === undefined ? {} : { baseUrl })
  const results = [
    await api.getRepo!({ path: { repo: 'r' } }),
    await api.getVersion!(),
    await api.uploadAsset!(upload),
    await api.listIncidents!(),
  ]
  return results.map((result) => result.status)
}

/** An in-process mock of `baseUrl` and the URLs of the requests it saw. */
function inProcess(baseUrl?: string) {
  return recordedMsw(createMock({ seed: 3, ...(baseUrl === undefined ? {} : { baseUrl }) }))
}

it('exports the server templates the generated operations read', () => {
  expect(sdk.serverTemplates).toEqual(['{protocol}://{hostname}/api/v3'])
})

describe('the document’s server, variables at their defaults', () => {
  const { urls } = inProcess()

  it('sends each operation to its own server', async () => {
    expect(await callAll()).toEqual([200, 200, 201, 200])
    expect(urls).toEqual([
      'GET https://github.example.com/api/v3/repos/r',
      'GET https://github.example.com/manage/v1/version',
      'POST https://github.example.com/api/uploads/uploads/a.bin',
      'GET https://status.example.com/incidents',
    ])
  })
})

describe('another host of the same template', () => {
  const host = 'http://ghe.corp.test:8080'
  const { mock, urls } = inProcess(`${host}/api/v3/`)

  it('sends the operations of shared variables to that host, and the fixed one to the base URL', async () => {
    expect(await callAll(`${host}/api/v3/`)).toEqual([200, 200, 201, 200])
    expect(urls).toEqual([
      `GET ${host}/api/v3/repos/r`,
      `GET ${host}/manage/v1/version`,
      `POST ${host}/api/uploads/uploads/a.bin`,
      `GET ${host}/api/v3/incidents`,
    ])
    expect(mock.calls('getVersion')).toHaveLength(1)
  })

  it('answers 404 and 405 on that host for what its console does not serve', async () => {
    const unknown = await fetch(`${host}/manage/v1/nope`)
    expect(unknown.status).toBe(404)
    const wrongMethod = await fetch(`${host}/manage/v1/version`, { method: 'DELETE' })
    expect(wrongMethod.status).toBe(405)
    expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD')
  })
})

describe('a base URL of no server template', () => {
  const proxy = 'http://proxy.test/gh'
  const { urls } = inProcess(proxy)

  it('sends every operation there', async () => {
    expect(await callAll(proxy)).toEqual([200, 200, 201, 200])
    expect(urls.map((url) => url.split(' ')[1]?.startsWith(proxy))).toEqual([true, true, true, true])
  })
})

describe('the standalone server, under the base path of the document’s server', () => {
  const served = createMock({ baseUrl: '/api/v3', seed: 3 })
  let server: Awaited<ReturnType<typeof startMockServer>>
  beforeAll(async () => {
    server = await startMockServer({ mock: served as never, port: 0 })
  })
  afterAll(() => server?.close())

  it('answers the console and the uploads on its own origin, where the SDK sends them', async () => {
    expect(server.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/)
    expect(await callAll(server.apiUrl)).toEqual([200, 200, 201, 200])
    expect(served.calls('getVersion')).toHaveLength(1)
    expect(served.calls('uploadAsset')).toHaveLength(1)
  })
})
