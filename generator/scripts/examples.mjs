#!/usr/bin/env node
// Regenerates the example SDKs committed under packages/<name>-sdk from specs/ and the JavaScript and
// declarations of @statusline/client (packages/client/dist and types, emitted from its sources), or with --check fails
// when a committed file differs from what is produced now (CI's drift check).
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

register()
const { generate } = await import('../src/generate.ts')
const { renderDiagnostics } = await import('../src/diagnostics/render.ts')
const { EXAMPLES } = await import('./examples-list.ts')
const { syncClientEmit } = await import('./client-emit.ts')

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

try {
  const drift = await syncClientEmit(`${root}packages/client`, check)
  failed ||= drift.length > 0
  for (const d of drift) console.error(`drift: packages/client/${d.path} (${d.reason})`)
  if (drift.length === 0)
    console.log(
      `${check ? 'up to date' : 'generated'}: packages/client/dist and types from packages/client/src`,
    )
} catch (error) {
  failed = true
  console.error(error)
}
if (failed && check)
  console.error('Committed files are out of date: run `npm run generate` and commit the result.')
process.exitCode = failed ? 1 : 0
