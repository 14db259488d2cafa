#!/usr/bin/env node
// Bundle size of the SDK runtime against openapi-fetch: small apps bundled the way a browser app ships
// them (esbuild: bundle, minify, ESM, browser platform, es2022), then gzipped at level 9. Prints a table
// of bytes and the ratios to openapi-fetch. Case 3 generates GitHub's REST SDK (1,200+ operations) into
// .cache/bench/github-sdk and checks that an app using one of its operations is about as small as an app
// using one zoo operation: only what an app calls gets bundled.
//
// Run: node bench/client-size.mjs [--keep] (--keep reuses an already generated GitHub SDK).
// Exit status: non-zero on a build or generation error only. Sizes are reported, not judged; the GitHub
// check (within 10% of case 1, one descriptor bundled) is printed as ok or FAILED.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { cache, githubSpec, root } from './lib/paths.mjs'

const githubOut = join(cache, 'github-sdk')

/** The client options of the apps with auth, retries and a timeout (size.test.ts measures that app too). */
const fullOptions = `
      baseUrl: 'https://api.example.com/v1',
      securitySchemes,
      auth: { bearer: () => localStorage.token },
      retry: true,
      timeout: 5000,`

/** The apps, as entry-point source. Each uses its result so nothing is dropped as dead code. */
const apps = {
  statusline: `
    import { createClient } from '@statusline/client'
    import { getZoo } from 'zoo-sdk'
    const client = createClient()
    console.log(await getZoo({ path: { zooId: 1 } }, { client }))`,
  // getZoo declares no security, but auth is part of `call`: it is bundled all the same.
  statuslineFull: `
    import { createClient } from '@statusline/client'
    import { getZoo, securitySchemes } from 'zoo-sdk'
    const client = createClient({${fullOptions}
    })
    console.log(await getZoo({ path: { zooId: 1 } }, { client }))`,
  statuslineMiddleware: `
    import { createClient, withMiddleware } from '@statusline/client'
    import { getZoo, securitySchemes } from 'zoo-sdk'
    const client = createClient({${fullOptions}
      fetch: withMiddleware([{ onResponse: ({ request, response }) => console.log(request.url, response.status) }]),
    })
    console.log(await getZoo({ path: { zooId: 1 } }, { client }))`,
  statuslineGithub: `
    import { createClient } from '@statusline/client'
    import { reposGet } from './.cache/bench/github-sdk/client.js'
    const client = createClient()
    console.log(await reposGet({ path: { owner: 'o', repo: 'r' } }, { client }))`,
  openapiFetch: `
    import createClient from 'openapi-fetch'
    const client = createClient({ baseUrl: 'https://api.example.com/v1' })
    console.log(await client.GET('/zoos/{zooId}', { params: { path: { zooId: 1 } } }))`,
  openapiFetchMiddleware: `
    import createClient from 'openapi-fetch'
    const client = createClient({ baseUrl: 'https://api.example.com/v1' })
    client.use({ onRequest: ({ request }) => { request.headers.set('authorization', 'Bearer ' + localStorage.token); return request } })
    console.log(await client.GET('/zoos/{zooId}', { params: { path: { zooId: 1 } } }))`,
}

/**
 * Bundles one app and returns its minified and gzipped sizes, with the esbuild metafile.
 *
 * @param {string} contents - the entry point's source
 */
async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'app.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].contents
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    metafile: result.metafile,
    text: result.outputFiles[0].text,
  }
}

/**
 * Generates GitHub's SDK (the spec `githubSpec()` finds) into `.cache/bench/github-sdk`; returns its
 * operation count.
 */
async function generateGithub() {
  const spec = githubSpec()
  const { register } = await import('tsx/esm/api')
  register()
  const { generate } = await import('../generator/src/generate.ts')
  const { model } = await generate({ spec, out: githubOut, mocks: false })
  return model.operations.length
}

const keep = process.argv.includes('--keep') && existsSync(join(githubOut, 'client.js'))
const githubOperations = keep ? 'cached' : await generateGithub()

const rows = [
  ['1. statusline: one zoo operation, createClient()', await measure(apps.statusline)],
  ['2. statusline: + auth, retry, timeout', await measure(apps.statuslineFull)],
  [`3. statusline: one of GitHub's ${githubOperations} operations`, await measure(apps.statuslineGithub)],
  ['4. openapi-fetch: createClient + GET', await measure(apps.openapiFetch)],
  ['5. openapi-fetch: + a middleware', await measure(apps.openapiFetchMiddleware)],
  ['6. statusline: + auth, retry, timeout, a middleware', await measure(apps.statuslineMiddleware)],
]
const reference = rows[3][1].gzip
const width = Math.max(...rows.map(([name]) => name.length))
console.log(`${'app'.padEnd(width)}  ${'min B'.padStart(7)}  ${'gzip B'.padStart(7)}  vs openapi-fetch`)
for (const [name, size] of rows)
  console.log(
    `${name.padEnd(width)}  ${String(size.min).padStart(7)}  ${String(size.gzip).padStart(7)}  ${(size.gzip / reference).toFixed(2)}×`,
  )

const one = rows[0][1].gzip
const github = rows[2][1].gzip
// Every descriptor has a `path:` property, which minifiers keep: its count is the operations bundled.
const descriptors = rows[2][1].text.match(/\bpath:"/g)?.length ?? 0
const within = github <= one * 1.1 && descriptors === 1
console.log(
  `\nGitHub check: ${github} B vs ${one} B for one zoo operation (${((github / one - 1) * 100).toFixed(1)}%, ` +
    `limit +10%), ${descriptors} operation descriptor(s) bundled: ${within ? 'ok' : 'FAILED'}`,
)

// Where the bytes of case 2 go, per source file (minified, before gzip).
const { outputs } = rows[1][1].metafile
const inputs = Object.values(outputs)[0]?.inputs ?? {}
console.log('\ncase 2 by source file (min B):')
for (const [path, { bytesInOutput }] of Object.entries(inputs).sort(
  (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
))
  console.log(`  ${String(bytesInOutput).padStart(5)}  ${path}`)
