/**
 * `statusline mock` and `statusline generate` as a user runs them: URLs printed, the spec reloaded on
 * change (a broken edit keeps the old version serving), clean SIGTERM shutdown, config files, --watch.
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, SCRATCH } from '../helpers/paths.ts'
import { runCli } from '../helpers/run-cli.ts'
import { type SpawnedCli, spawnCli } from '../helpers/spawn-cli.ts'

const dir = `${SCRATCH}mock-cli/`
const running = new Set<SpawnedCli>()

function start(args: readonly string[], cwd?: string): SpawnedCli {
  const cli = spawnCli(args, cwd)
  running.add(cli)
  return cli
}

async function apiUrl(cli: SpawnedCli): Promise<string> {
  const match = await cli.waitFor(/API\s+(http:\/\/\S+)[\s\S]*admin\s+http/)
  return match[1] ?? ''
}

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
})
afterAll(async () => {
  await Promise.all([...running].map((cli) => cli.stop('SIGKILL')))
  await rm(dir, { recursive: true, force: true })
})

describe('statusline mock', () => {
  it('serves the spec under its server path, prints the URLs, and exits 0 on SIGTERM', async () => {
    const cli = start(['mock', 'specs/zoo.yaml', '--port', '0', '--seed', '3'])
    const api = await apiUrl(cli)
    expect(api).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/)
    expect(cli.stdout()).toMatch(/panel\s+http:\/\/127\.0\.0\.1:\d+\/__statusline\//)
    expect(cli.stdout()).toMatch(/admin\s+http:\/\/127\.0\.0\.1:\d+\/__statusline\/api/)
    const response = await fetch(`${api}/zoos/1`, { headers: { prefer: 'code=404' } })
    expect(response.status).toBe(404)
    await cli.waitFor(/GET \/v1\/zoos\/1 404 \d+\.\dms/)
    const panel = await fetch(`${api.replace(/\/v1$/, '')}/__statusline/`)
    expect(await panel.text()).toContain('Zoo API')
    expect(await cli.stop('SIGTERM')).toBe(0)
    expect(cli.stdout()).toContain('statusline mock stopped (SIGTERM)')
  })

  it('serves an operation with servers of its own under the base path too, counted in the coverage', async () => {
    const cli = start(['mock', 'specs/features/servers.yaml', '--port', '0', '--no-log'])
    const api = await apiUrl(cli)
    expect(api).toMatch(/\/v1$/)
    const upload = await fetch(`${api}/uploads/a.bin`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array([1, 2, 3]),
    })
    expect(upload.status).toBe(201)
    expect(await upload.json()).toEqual({ id: expect.any(Number) })
    // The fallback still answers an undeclared method of that path.
    expect((await fetch(`${api}/uploads/a.bin`)).status).toBe(405)
    const coverage = await fetch(`${api.replace(/\/v1$/, '')}/__statusline/api/coverage`)
    expect((await coverage.json()).entries).toContainEqual({
      operation: 'uploadFile',
      exercised: ['201'],
      missing: [],
    })
    expect(await cli.stop('SIGTERM')).toBe(0)
  })

  it('--stateful refuses a write whose If-Match is stale with 412, keeps the item, and answers 304 to If-None-Match', async () => {
    const cli = start(['mock', 'specs/zoo.yaml', '--stateful', '--port', '0', '--seed', '3', '--no-watch'])
    const api = await apiUrl(cli)
    const zoo = `${api}/zoos/3`
    const read = await fetch(zoo)
    const before = await read.text()
    const etag = read.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/)
    const headers = { authorization: 'Bearer t', 'content-type': 'application/json' }
    const patch = (ifMatch: string) =>
      fetch(zoo, {
        method: 'PATCH',
        headers: { ...headers, 'if-match': ifMatch },
        body: JSON.stringify({ name: 'Renamed' }),
      })
    const stale = await patch('"nope"')
    expect(stale.status).toBe(412)
    expect(stale.headers.get('content-type')).toBe('application/problem+json')
    expect(((await stale.json()) as { detail: string }).detail).toContain(
      'Failed to PATCH /v1/zoos/3: If-Match: "nope" matches no current entity tag',
    )
    expect(await (await fetch(zoo)).text()).toBe(before)
    const notModified = await fetch(zoo, { headers: { 'if-none-match': etag } })
    expect(notModified.status).toBe(304)
    expect(notModified.headers.get('etag')).toBe(etag)
    const applied = await patch(etag)
    expect(applied.status).toBe(200)
    const next = applied.headers.get('etag')
    expect(next).not.toBe(etag)
    expect((await fetch(zoo, { headers: { 'if-none-match': etag } })).headers.get('etag')).toBe(next)
    expect(await cli.stop('SIGTERM')).toBe(0)
  })

  it('reloads when the spec changes, and keeps serving the old version when the new one is broken', async () => {
    const spec = `${dir}zoo.yaml`
    await copyFile(`${ROOT}specs/zoo.yaml`, spec)
    const cli = start(['mock', spec, '--port', '0', '--no-log'])
    const api = await apiUrl(cli)
    await cli.waitFor(/watching/)
    expect((await fetch(`${api}/zoo-registry`)).status).toBe(404)

    const original = await readFile(spec, 'utf8')
    const added = original.replace(
      /^paths:\n/m,
      "paths:\n  /zoo-registry:\n    get:\n      operationId: getRegistry\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: { type: object, required: [count], properties: { count: { type: integer } } }\n",
    )
    await writeFile(spec, added)
    await cli.waitFor(/reloaded .*zoo\.yaml: 27 operations/)
    const registry = await fetch(`${api}/zoo-registry`)
    expect(registry.status).toBe(200)
    expect(typeof ((await registry.json()) as { count: unknown }).count).toBe('number')

    await writeFile(spec, `${added}\n  broken: [unclosed\n`)
    await cli.waitFor(/kept serving the previous version/)
    expect(cli.stderr()).toContain('zoo.yaml')
    expect((await fetch(`${api}/zoo-registry`)).status).toBe(200)
    expect(await cli.stop('SIGINT')).toBe(0)
  })

  it('keeps admin-scripted scenarios across a reload', async () => {
    const spec = `${dir}zoo-keep.yaml`
    await copyFile(`${ROOT}specs/zoo.yaml`, spec)
    const cli = start(['mock', spec, '--port', '0', '--no-log'])
    const api = await apiUrl(cli)
    const admin = `${api.replace(/\/v1$/, '')}/__statusline/api`
    await fetch(`${admin}/scenarios/getZoo`, { method: 'PUT', body: '{"status":404}' })
    await cli.waitFor(/watching/)
    await writeFile(spec, `${await readFile(spec, 'utf8')}\n# touched\n`)
    await cli.waitFor(/reloaded/)
    expect((await fetch(`${api}/zoos/1`)).status).toBe(404)
    await cli.stop()
  })

  it('rejects bad flags and a missing spec with one clear line and exit 1', () => {
    const port = runCli(['mock', 'specs/zoo.yaml', '--port', 'abc'])
    expect(port.code).toBe(1)
    expect(port.stderr).toContain('--port must be an integer from 0 to 65535, got "abc"')
    const missing = runCli(['mock', 'specs/nope.yaml', '--port', '0'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('nope.yaml')
    expect(missing.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  })

  it('fails at start, with the diagnostic, for a JSON spec whose operation or $ref is broken', async () => {
    const spec = (paths: unknown) =>
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'Broken', version: '1' },
        paths,
        components: { schemas: { Zoo: { type: 'object' } }, parameters: { Id: { name: 'id', in: 'path' } } },
      })
    const ok = {
      '200': {
        description: 'ok',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Zoo' } } },
      },
    }
    const cases: [string, unknown, RegExp][] = [
      [
        'bad-in.json',
        { '/zoos': { get: { parameters: [{ name: 'q', in: 'body' }], responses: ok } } },
        /SL007.*in: "body"/,
      ],
      [
        'missing-ref.json',
        { '/zoos': { get: { responses: { '200': { $ref: '#/components/responses/Gone' } } } } },
        /SL005.*#\/components\/responses\/Gone/,
      ],
      ['not-object.json', { '/zoos': { get: { responses: 'none' } } }, /SL007.*responses/],
    ]
    for (const [file, paths, diagnostic] of cases) {
      await writeFile(`${dir}${file}`, spec(paths))
      const run = runCli(['mock', `${dir}${file}`, '--port', '0', '--no-watch'])
      expect(run.code, file).toBe(1)
      expect(run.stderr, file).toMatch(diagnostic)
      expect(run.stdout, file).not.toContain('API')
    }
  })
})

describe('statusline.config.ts', () => {
  it('drives `generate` without a spec argument and `mock` with its mock options', async () => {
    const project = `${dir}project/`
    await mkdir(project, { recursive: true })
    await copyFile(`${ROOT}specs/petstore.yaml`, `${project}petstore.yaml`)
    await writeFile(
      `${project}statusline.config.ts`,
      [
        "import { defineConfig } from 'statusline/config'",
        '',
        'export default defineConfig({',
        "  specs: [{ spec: 'petstore.yaml', out: 'sdk/petstore', name: 'petstore', mock: { port: 0, seed: 5 } }],",
        '})',
        '',
      ].join('\n'),
    )
    const generated = runCli(['generate'], project)
    expect(generated.stderr).toBe('')
    expect(generated.code).toBe(0)
    expect(await readFile(`${project}sdk/petstore/client.js`, 'utf8')).toContain('listPets')
    expect(JSON.parse(await readFile(`${project}sdk/petstore/package.json`, 'utf8')).name).toBe('petstore')

    const cli = start(['mock', '--no-watch'], project)
    const api = await apiUrl(cli)
    expect(api).toMatch(/\/v1$/)
    expect((await fetch(`${api}/pets`)).status).toBe(200)
    expect(await cli.stop()).toBe(0)
  })

  it('names the line of a syntax error in a JavaScript config, which Node does not', async () => {
    const project = `${dir}broken-config/`
    await mkdir(project, { recursive: true })
    await writeFile(
      `${project}statusline.config.mjs`,
      "export default {\n  specs: [\n    { spec: 'a.yaml', out: 'sdk' },,\n  ]\n",
    )
    for (const command of ['generate', 'mock']) {
      const run = runCli([command], project)
      expect(run.code, command).toBe(1)
      expect(run.stderr, command).toContain(
        `[statusline] Failed to load ${project}statusline.config.mjs:5: Unexpected end of input`,
      )
    }
  })

  it('--name picks the config entry of mock and generate by name or file, and refuses one that matches none or several', async () => {
    const project = `${dir}two-specs/`
    await mkdir(`${project}v2`, { recursive: true })
    await copyFile(`${ROOT}specs/petstore.yaml`, `${project}petstore.yaml`)
    await copyFile(`${ROOT}specs/petstore.yaml`, `${project}v2/petstore.yaml`)
    await writeFile(
      `${project}statusline.config.mjs`,
      [
        'export default {',
        '  specs: [',
        "    { spec: 'petstore.yaml', out: 'sdk/v1', name: 'pets' },",
        "    { spec: 'v2/petstore.yaml', out: 'sdk/v2', name: 'pets-v2' },",
        '  ],',
        '}',
        '',
      ].join('\n'),
    )
    const failures: [string, RegExp][] = [
      ['ml', /no spec named "ml" in .*statusline\.config\.mjs \(names and specs: pets, pets-v2\)/],
      ['', /no spec named ""/],
      ['petstore.yaml', /--name "petstore.yaml" matches 2 specs .*\(pets, pets-v2\); use a spec's name/],
    ]
    for (const [name, message] of failures) {
      const cli = start(['mock', '--name', name, '--port', '0', '--no-watch'], project)
      await cli.waitFor(/no spec named|matches \d+ specs|API\s+http/)
      expect(cli.stderr(), name).toMatch(message)
      const code = cli.child.exitCode ?? (await new Promise((exit) => cli.child.once('exit', exit)))
      expect(code, name).toBe(1)
    }
    const one = runCli(['generate', '--name', 'pets-v2'], project)
    expect(one.stderr).toBe('')
    expect(one.stdout).toMatch(/into sdk[\\/]v2 /)
    expect(one.stdout).not.toMatch(/sdk[\\/]v1/)
    expect(runCli(['generate', '--name', 'nope'], project).stderr).toMatch(/no spec named "nope"/)
    const byFile = start(['mock', '--name', 'v2/petstore.yaml', '--port', '0', '--no-watch'], project)
    await apiUrl(byFile)
    expect(byFile.stdout()).toContain(`v2${sep}petstore.yaml`)
    expect(await byFile.stop()).toBe(0)
  })

  it('names the config file and the field of a bad config', async () => {
    const project = `${dir}bad-config/`
    await mkdir(project, { recursive: true })
    await writeFile(
      `${project}statusline.config.mjs`,
      "export default { specs: [{ spec: 'a.yaml', out: 3 }] }\n",
    )
    const run = runCli(['generate'], project)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('statusline.config.mjs')
    expect(run.stderr).toContain('specs[0].out must be a string, got 3')
  })
})

describe('statusline generate --watch', () => {
  it('regenerates when the spec changes and exits 0 on SIGTERM', async () => {
    const spec = `${dir}watch.yaml`
    const out = `${dir}watch-out`
    await copyFile(`${ROOT}specs/petstore.yaml`, spec)
    const cli = start(['generate', spec, '--out', out, '--watch'])
    await cli.waitFor(/watching/)
    const before = await readFile(`${out}/client.js`, 'utf8')
    await writeFile(
      spec,
      (await readFile(spec, 'utf8')).replace(/operationId: listPets/, 'operationId: listAllPets'),
    )
    await cli.waitFor(/generated[^\n]*\n[\s\S]*generated/)
    const after = await readFile(`${out}/client.js`, 'utf8')
    expect(before).toContain('listPets')
    expect(after).toContain('listAllPets')
    expect(await cli.stop('SIGTERM')).toBe(0)
  })
})
