/**
 * A TypeScript app of a generated SDK built the way Node apps often are: `tsc` with `module: nodenext`
 * (no bundler, no `allowImportingTsExtensions`, libraries checked: no `skipLibCheck`), then the output
 * run by plain `node`. The SDK (the committed `zoo-sdk` package, imported by its name) and the mock
 * runtime (`@statusline/mock` and `@statusline/mock/node`) must type-check through their package exports
 * and run as JavaScript.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, SCRATCH } from '../helpers/paths.ts'
import { runPlainNode, startZooServer, type ZooServer } from '../helpers/plain-node.ts'

const dir = `${SCRATCH}tsc-nodenext-consumer/`

/** The app: typed by the SDK's declarations (a 200 member's data is a `Zoo`, a 404's error is declared). */
const APP = `
import { createClient, getZoo, match, type GetZooResult } from 'zoo-sdk'

const client = createClient({ baseUrl: process.argv[2] ?? '' })
const describe = (result: GetZooResult): string =>
  match(result, {
    200: (member) => member.data.name,
    404: (member) => 'missing: ' + JSON.stringify(member.error),
    500: () => 'server error',
    default: (member) => 'HTTP ' + member.status,
  })
const found = await getZoo({ path: { zooId: 1 } }, { client })
const missing = await getZoo({ path: { zooId: 2 } }, { client })
console.log(JSON.stringify([describe(found), describe(missing)]))
`

/**
 * A second app: the standalone mock server of a tiny hand-written mock data (the generated `mock-data.ts`
 * stays TypeScript), typed by the SDK's `OperationTypes`, scripted to one body and called through the SDK.
 */
const MOCK_APP = `
import { createMock, type MockData } from '@statusline/mock'
import { startMockServer } from '@statusline/mock/node'
import { createClient, getZoo, type OperationTypes } from 'zoo-sdk'

const json = (schema: MockData['components']) => ({ mediaType: 'application/json', kind: 'json' as const, schema })
const data: MockData = {
  title: 'Zoo',
  openapi: '3.1.0',
  servers: ['http://localhost/v1'],
  operations: [
    {
      name: 'getZoo',
      operationId: 'getZoo',
      method: 'GET',
      path: '/zoos/{zooId}',
      tags: [],
      parameters: [
        { name: 'zooId', in: 'path', required: true, style: 'simple', explode: false, schema: { type: 'integer' } },
      ],
      responses: [
        { key: '200', statuses: [200], noContent: false, headers: [], contents: [json({ $ref: '#/components/schemas/Zoo' })] },
        { key: '404', statuses: [404], noContent: false, headers: [], contents: [json({ type: 'object' })] },
      ],
      security: [],
    },
  ],
  securitySchemes: {},
  components: {
    schemas: {
      Zoo: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer' }, name: { type: 'string' } } },
    },
  },
}
const mock = createMock<OperationTypes>(data, { baseUrl: '/v1', seed: 1 })
const zoo = { id: 7, code: 'MCK-007', name: 'Mock Zoo', city: 'Berlin', country: 'DE', createdAt: '2026-01-01T00:00:00Z' }
mock.scenario('getZoo', { status: 200, body: zoo })
const server = await startMockServer({ mock, port: 0 })
try {
  const found = await getZoo({ path: { zooId: 7 } }, { client: createClient({ baseUrl: server.apiUrl }) })
  console.log(JSON.stringify(found.status === 200 ? found.data.name : found.status))
} finally {
  await server.close()
}
`

/** The app's tsconfig: Node's module system, strict, every declaration checked. */
const TSCONFIG = {
  compilerOptions: {
    module: 'nodenext',
    moduleResolution: 'nodenext',
    target: 'es2022',
    lib: ['es2023', 'dom'],
    types: ['node'],
    strict: true,
    skipLibCheck: false,
    outDir: 'out',
    rootDir: 'src',
  },
  include: ['src'],
}

let server: ZooServer
beforeAll(async () => {
  server = await startZooServer()
  await rm(dir, { recursive: true, force: true })
  await mkdir(`${dir}src`, { recursive: true })
  await writeFile(`${dir}package.json`, `${JSON.stringify({ name: 'zoo-app-nodenext', type: 'module' })}\n`)
  await writeFile(`${dir}tsconfig.json`, `${JSON.stringify(TSCONFIG, null, 2)}\n`)
  await writeFile(`${dir}src/app.ts`, APP)
  await writeFile(`${dir}src/mock-app.ts`, MOCK_APP)
})
afterAll(() => server.close())

describe('an app compiled by tsc (module nodenext) and run by node', () => {
  it('type-checks against the SDK and the mock runtime, compiles, calls a server and serves a mock', async () => {
    const tsc = await runPlainNode(
      `${ROOT}node_modules/typescript/bin/tsc`,
      ['-p', `${dir}tsconfig.json`],
      dir,
    )
    expect(tsc.stdout).toBe('')
    const run = await runPlainNode(`${dir}out/app.js`, [server.baseUrl], dir)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(['Berlin Zoo', 'missing: {"error":"no GET /zoos/2"}'])
    const mockRun = await runPlainNode(`${dir}out/mock-app.js`, [], dir)
    expect(mockRun.stderr).toBe('')
    expect(mockRun.code).toBe(0)
    expect(JSON.parse(mockRun.stdout)).toBe('Mock Zoo')
  })
})
