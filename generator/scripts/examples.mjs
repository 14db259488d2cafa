#!/usr/bin/env node
// Regenerates the example SDKs committed under packages/<name>-sdk from specs/ and the declaration
// files of @statusline/client (packages/client/types, emitted from its sources), or with --check fails
// when a committed file differs from what is produced now (CI's drift check).
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

register()
const { generate } = await import('../src/generate.ts')
const { renderDiagnostics } = await import('../src/diagnostics/render.ts')
const { EXAMPLES } = await import('./examples-list.ts')
const { emitClientDeclarations, declarationPaths } = await import('./client-declarations.ts')
const { findDrift } = await import('../src/write/check-drift.ts')
const { writeFilesAtomically } = await import('../src/write/write-files.ts')

const root = fileURLToPath(new URL('../..', import.meta.url))
const check = process.argv.includes('--check')
let failed = false
for (const example of EXAMPLES) {
  const spec = `${root}specs/${example.spec}`
  const out = `${root}packages/${example.name}`
  try {
    const result = await generate({ spec, out, name: example.name, check })
    if (check && result.drift.length > 0) {
      failed = true
      for (const d of result.drift) console.error(`drift: packages/${example.name}/${d.path} (${d.reason})`)
    } else {
      console.log(
        `${check ? 'up to date' : 'generated'}: packages/${example.name} from specs/${example.spec}`,
      )
    }
  } catch (error) {
    failed = true
    console.error(error?.diagnostics ? renderDiagnostics(error.diagnostics) : error)
  }
}

const clientDir = `${root}packages/client`
const typesDir = `${clientDir}/types`
try {
  const emitted = emitClientDeclarations(clientDir)
  // Declarations of modules that no longer exist.
  const stale = declarationPaths(typesDir).filter((path) => !emitted.some((file) => file.path === path))
  if (check) {
    const drift = [...(await findDrift(typesDir, emitted)).map((d) => d.path), ...stale]
    if (drift.length > 0) {
      failed = true
      for (const path of drift) console.error(`drift: packages/client/types/${path}`)
    } else console.log('up to date: packages/client/types from packages/client/src')
  } else {
    // The stale declarations go; the rest are replaced all or nothing.
    for (const path of stale) rmSync(`${typesDir}/${path}`)
    await writeFilesAtomically(typesDir, emitted)
    console.log('generated: packages/client/types from packages/client/src')
  }
} catch (error) {
  failed = true
  console.error(error)
}
if (failed && check)
  console.error('Committed files are out of date: run `npm run generate` and commit the result.')
process.exitCode = failed ? 1 : 0
