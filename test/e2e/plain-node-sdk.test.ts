/**
 * A generated SDK (the committed `zoo-sdk` package, imported by its name) run by plain `node` as a
 * JavaScript app: no TypeScript loader, no bundler. Its entry and the runtime it imports must be
 * JavaScript (Node refuses `.ts`, and its type stripping refuses files under node_modules).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCRATCH } from '../helpers/paths.ts'
import { runPlainNode, startZooServer, type ZooServer } from '../helpers/plain-node.ts'

const dir = `${SCRATCH}plain-node-sdk/`

/** The app: calls one operation through a client and through the default client, then a 404. */
const APP = `
import { createClient, getZoo, setDefaultClient, StatusError, unwrap } from 'zoo-sdk'

const client = createClient({ baseUrl: process.argv[2] })
const found = await client.getZoo({ path: { zooId: 1 } })
setDefaultClient(client)
const missing = await getZoo({ path: { zooId: 2 } })
let thrown = ''
try {
  unwrap(missing)
} catch (error) {
  thrown = error instanceof StatusError ? 'StatusError ' + error.result.status : String(error)
}
console.log(JSON.stringify({ found: [found.status, found.ok, found.data], missing: [missing.key, missing.error], thrown }))
`

let server: ZooServer
beforeAll(async () => {
  server = await startZooServer()
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await writeFile(`${dir}app.mjs`, APP)
})
afterAll(() => server.close())

describe('a generated SDK in plain node', () => {
  it('is imported by its package name and calls a server, with no TypeScript tooling', async () => {
    const run = await runPlainNode(`${dir}app.mjs`, [server.baseUrl], dir)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({
      found: [200, true, { id: 1, name: 'Berlin Zoo' }],
      missing: [404, { error: 'no GET /zoos/2' }],
      thrown: 'StatusError 404',
    })
  })
})
