#!/usr/bin/env node
// Regenerates the example SDKs committed under packages/<name>-sdk from specs/, or with --check
// fails when a committed SDK differs from what the generator produces now (CI's drift check).
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

register()
const { generate } = await import('../src/generate.ts')
const { renderDiagnostics } = await import('../src/diagnostics/render.ts')
const { EXAMPLES } = await import('./examples-list.ts')

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
if (failed && check)
  console.error('Committed SDKs are out of date: run `npm run generate` and commit the result.')
process.exitCode = failed ? 1 : 0
