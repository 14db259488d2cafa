import { afterEach, describe, expect, it } from 'vitest'
import {
  createClient,
  type OperationSpec,
  onOwnServer,
  serverFromTemplates,
  setDefaultClient,
} from './index.ts'

const root = ['https://api.example.com/v1', '/relative']
const upload: OperationSpec = {
  method: 'POST',
  path: '/uploads',
  responses: {},
  servers: ['https://uploads.example.com', 'https://b.example.com'],
}

describe('onOwnServer', () => {
  afterEach(() => setDefaultClient(undefined))

  it('sends to the first own server while the base URL is one of the root servers', () => {
    const client = createClient({ baseUrl: 'https://api.example.com/v1//', headers: { a: '1' } })
    const options = onOwnServer(upload, root, { client, timeout: 5 })
    expect(options).toEqual({
      client: { options: { baseUrl: 'https://uploads.example.com', headers: { a: '1' } } },
      timeout: 5,
    })
    expect(client.options.baseUrl).toBe('https://api.example.com/v1//')
    expect(
      onOwnServer(upload, root, { client: createClient({ baseUrl: '/relative/' }) }).client?.options.baseUrl,
    ).toBe('https://uploads.example.com')
    setDefaultClient(createClient({ baseUrl: 'https://api.example.com/v1' }))
    expect(onOwnServer(upload, root).client?.options.baseUrl).toBe('https://uploads.example.com')
  })

  it('leaves the options as given otherwise', () => {
    const elsewhere = { client: createClient({ baseUrl: 'https://proxy.example.com/v1' }) }
    expect(onOwnServer(upload, root, elsewhere)).toBe(elsewhere)
    const noBase = { client: createClient() }
    expect(onOwnServer(upload, root, noBase)).toBe(noBase)
    const plain = { client: createClient({ baseUrl: root[0] }) }
    expect(onOwnServer({ method: 'POST', path: '/uploads', responses: {} }, root, plain)).toBe(plain)
    // No client at all: `call` reports that.
    expect(onOwnServer(upload, root)).toEqual({})
  })

  it('takes null options as none', () => {
    expect(onOwnServer(upload, root, null)).toEqual({})
  })

  describe('with server templates', () => {
    const templates = ['{protocol}://{hostname}/api/v3']
    const manage: OperationSpec = {
      method: 'GET',
      path: '/manage/v1/version',
      responses: {},
      servers: ['http://HOSTNAME'],
      serverTemplate: '{protocol}://{hostname}',
    }
    const baseOf = (baseUrl: string, spec = manage) =>
      onOwnServer(spec, ['http://HOSTNAME/api/v3'], { client: createClient({ baseUrl }) }, templates).client
        ?.options.baseUrl

    it('sends to the same instance of its own server template as the base URL is of the document’s', () => {
      expect(baseOf('https://ghe.corp:8443/api/v3/')).toBe('https://ghe.corp:8443')
      expect(baseOf('http://HOSTNAME/api/v3')).toBe('http://HOSTNAME')
    })

    it('leaves a base URL that is no instance, or an own server without a template, where it is', () => {
      expect(baseOf('https://ghe.corp/api/v4')).toBe('https://ghe.corp/api/v4')
      expect(baseOf('https://ghe.corp/api/v3/extra')).toBe('https://ghe.corp/api/v3/extra')
      const fixed: OperationSpec = {
        method: 'POST',
        path: '/uploads',
        responses: {},
        servers: ['https://HOSTNAME/api/uploads'],
      }
      expect(baseOf('https://ghe.corp/api/v3', fixed)).toBe('https://ghe.corp/api/v3')
      expect(baseOf('http://HOSTNAME/api/v3', fixed)).toBe('https://HOSTNAME/api/uploads')
    })
  })
})

describe('serverFromTemplates', () => {
  it('fills the own template from the first root template the base URL is an instance of', () => {
    const roots = ['https://{region}.example.com/{version}', '{scheme}://{host}']
    expect(
      serverFromTemplates('https://files.{region}.example.com', roots, 'https://eu.example.com/v2'),
    ).toBe('https://files.eu.example.com')
    expect(serverFromTemplates('{scheme}://uploads.{host}', roots, 'http://localhost:4010')).toBe(
      'http://uploads.localhost:4010',
    )
  })

  it('gives undefined when no root matches or a variable gets no value', () => {
    expect(serverFromTemplates('{scheme}://x', ['https://api.example.com'], 'https://api.example.com')).toBe(
      undefined,
    )
    expect(serverFromTemplates('https://{a}', ['https://{b}.example.com'], 'https://x.example.com')).toBe(
      undefined,
    )
    expect(serverFromTemplates('https://{a}', ['https://{a}.example.com'], undefined)).toBe(undefined)
    // Literal text of a template is matched as text, not as a pattern.
    expect(serverFromTemplates('{h}', ['https://{h}.a.b'], 'https://x.aab')).toBe(undefined)
  })
})
