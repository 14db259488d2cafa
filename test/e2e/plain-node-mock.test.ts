/**
 * The mock runtime (`@statusline/mock` and `@statusline/mock/node`, imported by their package names) run
 * by plain `node` as a JavaScript app: no TypeScript loader, no bundler. Its entries and every module they
 * import must be JavaScript (Node refuses `.ts`, and its type stripping refuses files under node_modules),
 * and the scenario panel the server bundles at run time must find its browser entry among them.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { beforeAll, describe, expect, it } from 'vitest'
import { SCRATCH } from '../helpers/paths.ts'
import { runPlainNode } from '../helpers/plain-node.ts'
import { specMockData } from '../helpers/zoo-mock-data.ts'

const dir = `${SCRATCH}plain-node-mock/`

/**
 * The app: a mock of the zoo's mock data (JSON, read from the path it is given), served by the standalone
 * server on a free port; it asks for one zoo scripted to a body, then for the panel's script, and prints
 * what it got.
 */
const APP = `
import { readFile } from 'node:fs/promises'
import { createMock } from '@statusline/mock'
import { startMockServer } from '@statusline/mock/node'

const data = JSON.parse(await readFile(process.argv[2], 'utf8'))
const mock = createMock(data, { baseUrl: '/v1', seed: 1 })
mock.scenario('getZoo', { status: 200, body: { id: 1, name: 'Berlin Zoo' } })
const server = await startMockServer({ mock, port: 0 })
try {
  const zoo = await fetch(server.apiUrl + '/zoos/1')
  const panel = await fetch(server.panelUrl + 'panel.js')
  const script = await panel.text()
  console.log(JSON.stringify({
    zoo: [zoo.status, zoo.headers.get('content-type'), await zoo.json()],
    panel: [panel.status, panel.headers.get('content-type'), script.length > 1000],
  }))
} finally {
  await server.close()
}
`

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await writeFile(`${dir}app.mjs`, APP)
  await writeFile(`${dir}zoo-mock-data.json`, JSON.stringify(await specMockData()))
})

describe('the mock runtime in plain node', () => {
  it('is imported by its package names and serves a mock, with no TypeScript tooling', async () => {
    const run = await runPlainNode(`${dir}app.mjs`, [`${dir}zoo-mock-data.json`], dir)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const printed = JSON.parse(run.stdout) as { zoo: unknown[]; panel: unknown[] }
    expect(printed.zoo).toEqual([200, 'application/json', { id: 1, name: 'Berlin Zoo' }])
    expect(printed.panel).toEqual([200, expect.stringContaining('javascript'), true])
  })
})
