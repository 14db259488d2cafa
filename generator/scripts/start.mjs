#!/usr/bin/env node
import { fileURLToPath } from 'node:url'
// `npm start`: generates the zoo SDK into packages/zoo-sdk, builds the example app (packages/zoo-app)
// against it, then serves the zoo mock with its admin API and scenario panel on 127.0.0.1:4010 and the
// app (its own mocks run in a service worker) on 127.0.0.1:4011. Ctrl+C stops both.
// Ports: npm start -- --port 4010 --app-port 4011
import { parseArgs } from 'node:util'
import { register } from 'tsx/esm/api'

register()
const { generate } = await import('../src/generate.ts')
const { runMock } = await import('../src/cli/mock-command.ts')
const { createReporter } = await import('../src/cli/reporter.ts')
const { buildZooApp } = await import('./build-zoo-app.ts')
const { serveStatic } = await import('./serve-static.ts')

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4010' }, 'app-port': { type: 'string', default: '4011' } },
})
const root = fileURLToPath(new URL('../..', import.meta.url))
const spec = `${root}specs/zoo.yaml`
const reporter = createReporter({
  debug: process.argv.includes('--debug'),
  color: process.stderr.isTTY === true,
})

let app
try {
  const generated = await generate({ spec, out: `${root}packages/zoo-sdk`, name: 'zoo-sdk' })
  reporter.info(`generated packages/zoo-sdk (${generated.model.operations.length} operations)`)
  await buildZooApp({ outDir: `${root}packages/zoo-app/dist` })
  app = await serveStatic(`${root}packages/zoo-app/dist`, Number(values['app-port']))
} catch (error) {
  process.exitCode = reporter.fail(error)
  process.exit()
}

process.exitCode = await runMock({ positionals: [spec], port: values.port }, reporter, {
  onListening: () => reporter.info(`  app    ${app.url} (example app: zoo SDK + service worker + panel)`),
}).catch((error) => reporter.fail(error))
await app.close()
