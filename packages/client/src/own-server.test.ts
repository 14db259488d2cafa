import { afterEach, describe, expect, it } from 'vitest'
import { createClient, type OperationSpec, onOwnServer, setDefaultClient } from './index.ts'

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
})
