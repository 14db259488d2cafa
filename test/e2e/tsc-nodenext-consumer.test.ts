/**
 * A TypeScript app of a generated SDK built the way Node apps often are: `tsc` with `module: nodenext`
 * (no bundler, no `allowImportingTsExtensions`, libraries checked: no `skipLibCheck`), then the output
 * run by plain `node`. The SDK (the committed `zoo-sdk` package, imported by its name) must type-check
 * through its package exports and run as JavaScript.
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
})
afterAll(() => server.close())

describe('an app compiled by tsc (module nodenext) and run by node', () => {
  it('type-checks against the SDK, compiles, and calls a server', async () => {
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
  })
})
