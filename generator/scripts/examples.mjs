#!/usr/bin/env node
// Regenerates the example SDKs committed under packages/<name>-sdk from specs/ and the JavaScript and
// declarations of @statusline/client and @statusline/mock (their dist and types, emitted from their sources), or with
// --check fails when a committed file differs from what is produced now (CI's drift check).
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

register()
const { generate } = await import('../src/generate.ts')
const { renderDiagnostics } = await import('../src/diagnostics/render.ts')
const { EXAMPLES } = await import('./examples-list.ts')
const { syncPackageEmit } = await import('./package-emit.ts')
const { EMITTED_PACKAGES } = await import('./emitted-packages.ts')

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

for (const pkg of EMITTED_PACKAGES) {
  try {
    const drift = await syncPackageEmit(root, pkg, check)
    failed ||= drift.length > 0
    for (const d of drift) console.error(`drift: ${pkg.dir}/${d.path} (${d.reason})`)
    if (drift.length === 0)
      console.log(`${check ? 'up to date' : 'generated'}: ${pkg.dir}/dist and types from ${pkg.dir}/src`)
  } catch (error) {
    failed = true
    console.error(error)
  }
}
if (failed && check)
  console.error('Committed files are out of date: run `npm run generate` and commit the result.')
process.exitCode = failed ? 1 : 0
