/**
 * Fragments and queries in path keys, end to end: `specs/features/path-fragments.yaml` (operations on one
 * path and method told apart by `/#Action=…` and `/#X-Amz-Target=…`, as AWS descriptions write them, or
 * by `/rest?method=…`; path parameters in the key's query) generated, its SDK calling its generated mock.
 * The SDK sends each operation to the path without its fragment, with the key's query and its own; the
 * mock routes each request to the operation its values name, and refuses one that names none of them.
 */
import { describe, expect, it } from 'vitest'
import { generateInto } from '../helpers/generate-into.ts'
import { recordedMsw } from '../helpers/recorded-msw.ts'

type Member = { ok: boolean; status: number; data?: unknown; error?: unknown }
type Operation = (params?: object, options?: object) => Promise<Member>
interface Sdk {
  createClient(options?: object): Record<string, Operation>
}
interface Mocks {
  createMock(options?: object): {
    handlers: never[]
    calls(name?: string): unknown[]
    reset(): void
  }
}

const { dir } = await generateInto('specs/features/path-fragments.yaml', 'path-fragments')
const sdk = (await import(`${dir}client.js`)) as Sdk
const { createMock } = (await import(`${dir}mocks.ts`)) as Mocks
const api = sdk.createClient()
const { mock, urls } = recordedMsw(createMock({ seed: 4 }))

const sts = (action: string, extra: object = {}) => ({
  query: { Action: action, Version: '2011-06-15', ...extra },
})

describe('operations on one path told apart by a fragment', () => {
  it('sends the path without its fragment, with the query', async () => {
    await api.assumeRole!(sts('AssumeRole', { RoleArn: 'arn:x' }))
    expect(urls).toEqual([
      'POST https://aws.example.com/?Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Ax',
    ])
  })

  it('routes each request to the operation its Action names', async () => {
    const assumed = await api.assumeRole!(sts('AssumeRole', { RoleArn: 'arn:x' }))
    const caller = await api.getCallerIdentity!(sts('GetCallerIdentity'))
    expect(assumed).toMatchObject({ status: 200, data: { AssumedRoleUser: expect.any(String) } })
    expect(caller).toMatchObject({ status: 200, data: { Account: expect.any(String) } })
    expect(mock.calls('assumeRole')).toHaveLength(1)
    expect(mock.calls('getCallerIdentity')).toHaveLength(1)
  })

  it('routes by the X-Amz-Target header, whatever the case of its declared name', async () => {
    const tags = await api.describeTags!({
      header: { 'X-Amz-Target': 'WorkspacesService.DescribeTags' },
      body: { ResourceId: 'ws-1' },
    })
    const reboot = await api.rebootWorkspaces!({
      header: { 'x-amz-target': 'WorkspacesService.RebootWorkspaces' },
    })
    expect(tags).toMatchObject({ status: 200, data: { TagList: expect.any(Array) } })
    expect(reboot.status).toBe(204)
    expect(mock.calls('describeTags')).toHaveLength(1)
    expect(mock.calls('rebootWorkspaces')).toHaveLength(1)
  })

  it('answers 400 naming the selectors when a request carries none of them', async () => {
    const res = await fetch('https://aws.example.com/?Action=DeleteEverything', { method: 'POST' })
    expect(res.status).toBe(400)
    const problem = (await res.json()) as { detail: string }
    expect(problem.detail).toContain('query Action=AssumeRole')
    expect(problem.detail).toContain('header X-Amz-Target=WorkspacesService.DescribeTags')
  })

  it('sends the query of a path key before the call’s own, and routes by its constants', async () => {
    const photos = await api.searchPhotos!({ query: { text: 'a b' } })
    const person = await api.getPerson!()
    expect(photos).toMatchObject({ status: 200, data: { photos: expect.any(Array) } })
    expect(person).toMatchObject({ status: 200, data: { person: expect.any(String) } })
    expect(urls).toEqual([
      'GET https://aws.example.com/rest?method=flickr.photos.search&text=a%20b',
      'GET https://aws.example.com/rest?method=flickr.people.getInfo',
    ])
  })

  it('sends path parameters a path key puts in its query there, where the mock reads them', async () => {
    const alerts = await api.getAlerts!({ path: { lat: 52.5, lon: 13.4 } })
    expect(alerts).toMatchObject({ status: 200, data: { alerts: expect.any(Array) } })
    expect(urls).toEqual(['GET https://aws.example.com/alerts?lat=52.5&lon=13.4'])
    const missing = await fetch('https://aws.example.com/alerts?lat=52.5')
    expect(missing.status).toBe(400)
    expect(((await missing.json()) as { detail: string }).detail).toContain('lon')
  })

  it('leaves off a fragment that names no parameter: the path without it is the operation’s', async () => {
    expect((await api.getItem!({ path: { id: 'a' } })).status).toBe(200)
    expect(urls).toEqual(['GET https://aws.example.com/items/a'])
  })
})
