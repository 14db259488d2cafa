/**
 * Operations with servers of their own (OpenAPI 3.1 §4.8.10.1, §4.8.9.1), end to end: the spec
 * `specs/features/servers.yaml` generated, its SDK calling its generated mock. With the default base
 * URL (one of the document's servers) such an operation goes to its own first server, and the mock
 * answers it there; with any other base URL it goes there like every other operation. The standalone
 * server, which sees only its own origin, serves it under its base path.
 */
import { createClient as createRuntimeClient, setDefaultClient } from '@statusline/client'
import type { MockData } from '@statusline/mock'
import { startMockServer } from '@statusline/mock/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { generateInto } from '../helpers/generate-into.ts'
import { recordedMsw } from '../helpers/recorded-msw.ts'

type Member = { ok: boolean; status: number; data?: unknown; error?: unknown }
type Operation = (params?: object, options?: object) => Promise<Member>
interface Sdk {
  createClient(options?: object): Record<string, Operation> & { options: { baseUrl?: string } }
  servers: readonly string[]
  uploadFile: Operation
  getFile: Operation
  getStatus: Operation
  deleteFile: Operation
}
interface Mocks {
  createMock(options?: object): {
    handlers: never[]
    data: MockData
    coverage(): { operation: string; exercised: string[]; missing: string[] }[]
    calls(name?: string): unknown[]
    reset(): void
  }
}

const { dir } = await generateInto('specs/features/servers.yaml', 'operation-servers')
const sdk = (await import(`${dir}client.js`)) as Sdk
const { createMock } = (await import(`${dir}mocks.ts`)) as Mocks

const upload = { path: { name: 'a.bin' }, body: new Uint8Array([1, 2, 3]) }

/** An in-process mock (default: under the document's first server) and the URLs of the requests it saw. */
function inProcess(options: object = {}) {
  return recordedMsw(createMock({ seed: 7, ...options }))
}

describe('the default base URL: sent to the operation’s own server, answered there', () => {
  const { mock, urls } = inProcess()
  afterEach(() => setDefaultClient(undefined))

  it('the bound form, api.op()', async () => {
    const api = sdk.createClient()
    expect(api.options.baseUrl).toBe('https://api.example.com/v1')
    expect(await api.uploadFile!(upload)).toMatchObject({ ok: true, status: 201 })
    expect(await api.getFile!({ path: { fileId: 3 } })).toMatchObject({ ok: true, status: 200 })
    // The others stay on the base URL, the one that repeats the document's servers too.
    expect(await api.getStatus!()).toMatchObject({ ok: true, status: 200 })
    expect(await api.deleteFile!({ path: { fileId: 3 } })).toMatchObject({ ok: true, status: 204 })
    expect(urls).toEqual([
      'POST https://uploads.example.com/v1/uploads/a.bin',
      'GET https://eu.content.example.com/files/3',
      'GET https://api.example.com/v1/status',
      'DELETE https://api.example.com/v1/files/3',
    ])
    expect(mock.calls('uploadFile')).toHaveLength(1)
    expect(mock.coverage()).toContainEqual({ operation: 'uploadFile', exercised: ['201'], missing: [] })
  })

  it('the function form, with a client or the default client', async () => {
    await sdk.uploadFile(upload, { client: sdk.createClient() })
    setDefaultClient(sdk.createClient())
    await sdk.uploadFile(upload)
    // Any of the document's servers counts, compared without trailing slashes; the client is not changed.
    const staging = createRuntimeClient({ baseUrl: 'https://staging.example.com/v1/' })
    expect(await sdk.uploadFile(upload, { client: staging })).toMatchObject({ ok: true, status: 201 })
    expect(staging.options.baseUrl).toBe('https://staging.example.com/v1/')
    expect(urls).toEqual(Array(3).fill('POST https://uploads.example.com/v1/uploads/a.bin'))
  })

  it('the fallback handler still answers an undeclared method under the base URL', async () => {
    const response = await fetch('https://api.example.com/v1/uploads/a.bin', { method: 'GET' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
  })

  it('an own server answers 404 and 405 for what it does not serve, as the base URL does', async () => {
    // `onUnhandledRequest: 'error'` makes any request no handler answers fail the test.
    const unknown = await fetch('https://uploads.example.com/v1/nope')
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('content-type')).toBe('application/problem+json')
    // getStatus is served under the base URL only: the upload host does not know its path.
    expect((await fetch('https://uploads.example.com/v1/status')).status).toBe(404)
    const wrongMethod = await fetch('https://uploads.example.com/v1/uploads/a.bin', { method: 'DELETE' })
    expect(wrongMethod.status).toBe(405)
    expect(wrongMethod.headers.get('allow')).toBe('POST')
    // Of /files/{fileId}, the content host serves GET (and so HEAD) only: PUT has a server of its own, DELETE the root's.
    const content = await fetch('https://eu.content.example.com/files/3', { method: 'DELETE' })
    expect(content.status).toBe(405)
    expect(content.headers.get('allow')).toBe('GET, HEAD')
    expect(
      (await fetch('https://uploads.example.com/v1/files/3', { method: 'GET' })).headers.get('allow'),
    ).toBe('PUT')
    expect(mock.calls()).toHaveLength(0)
  })
})

describe('any other base URL: sent there, like every other operation', () => {
  const proxy = 'http://proxy.test:8080/api'
  const { urls } = inProcess({ baseUrl: proxy })

  it('goes to the client’s base URL', async () => {
    const api = sdk.createClient({ baseUrl: proxy })
    expect(await api.uploadFile!(upload)).toMatchObject({ ok: true, status: 201 })
    expect(await sdk.getFile({ path: { fileId: 3 } }, { client: api })).toMatchObject({
      ok: true,
      status: 200,
    })
    expect(urls).toEqual([`POST ${proxy}/uploads/a.bin`, `GET ${proxy}/files/3`])
  })
})

describe('the standalone server', () => {
  const served = createMock({ baseUrl: '/v1', seed: 7 })
  let server: Awaited<ReturnType<typeof startMockServer>>
  beforeAll(async () => {
    server = await startMockServer({ mock: served as never, port: 0 })
  })
  afterAll(() => server?.close())

  it('serves the operation under its base path', async () => {
    expect(server.apiUrl).toMatch(/\/v1$/)
    const api = sdk.createClient({ baseUrl: server.apiUrl })
    expect(await api.uploadFile!(upload)).toMatchObject({ ok: true, status: 201 })
    expect(await api.getFile!({ path: { fileId: 3 } })).toMatchObject({ ok: true, status: 200 })
    expect(served.calls('uploadFile')).toHaveLength(1)
  })
})
