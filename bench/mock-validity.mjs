#!/usr/bin/env node
// Share of schema-valid mock bodies: the same GET requests (the first --count fillable GETs of the
// spec, see lib/pick-gets.mjs) sent to each target, and every 2xx body validated against the schema
// the spec declares for it with `createValidator` of @statusline/mock (ajv, OpenAPI dialect, response
// direction). Targets are loopback servers (`--target name=http://127.0.0.1:P`, several), or MSW
// handlers served in this process through msw/node's interception (`--msw name=handlers.ts`, alone:
// interception is global to the process). Prints one JSON line.
//
//   node bench/mock-validity.mjs --spec api.github.com.json --target statusline=http://127.0.0.1:4010 [--count 100]
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { register } from 'tsx/esm/api'
import { get } from './lib/http.mjs'
import { pickGets, schemaFor } from './lib/pick-gets.mjs'

const { values } = parseArgs({
  options: {
    spec: { type: 'string' },
    target: { type: 'string', multiple: true, default: [] },
    msw: { type: 'string' },
    count: { type: 'string', default: '100' },
    timeout: { type: 'string', default: '30000' },
  },
})
const fail = (reason) => {
  console.error(`[statusline] Failed to check mock bodies: ${reason}`)
  process.exit(2)
}
if (values.spec === undefined) fail('--spec is required')
const named = (text) => {
  const at = text.indexOf('=')
  if (at < 1) fail(`expected name=value, got ${JSON.stringify(text)}`)
  return [text.slice(0, at), text.slice(at + 1)]
}
const targets = values.target.map(named)
for (const [name, url] of targets)
  if (!/^http:\/\/127\.0\.0\.1:\d+(\/.*)?$/.test(url)) fail(`target ${name}: ${url} is not a loopback URL`)
if (values.msw !== undefined && targets.length > 0)
  fail('--msw runs alone: it intercepts every request of the process')

const text = readFileSync(values.spec, 'utf8')
const doc = JSON.parse(text)
const requests = pickGets(doc, Number(values.count))

register()
const { createValidator } = await import('@statusline/mock')
const validator = createValidator({
  root: { components: JSON.parse(text).components ?? {} },
  openapi: doc.openapi,
})

if (values.msw !== undefined) {
  const [name, module] = named(values.msw)
  const { setupServer } = await import('msw/node')
  const started = performance.now()
  const { handlers } = await import(pathToFileURL(module).href)
  const server = setupServer(...handlers)
  server.listen({ onUnhandledRequest: 'error' })
  process.on('exit', () => server.close())
  // msw-auto-mock was generated with this base URL (see measures/generate.mjs); nothing listens there.
  targets.push([name, 'http://127.0.0.1:9'])
  console.error(
    `[bench] ${name}: ${handlers.length} handlers loaded in ${(performance.now() - started).toFixed(0)} ms`,
  )
}

const results = Object.fromEntries(
  targets.map(([name]) => [
    name,
    { sent: 0, ok2xx: 0, valid: 0, invalid: 0, non2xx: 0, errors: 0, statuses: {}, failures: [] },
  ]),
)
for (const request of requests) {
  for (const [name, base] of targets) {
    const result = results[name]
    result.sent++
    let answer
    try {
      answer = await get(base + request.url, {
        headers: { accept: request.accept },
        timeoutMs: Number(values.timeout),
      })
    } catch (error) {
      result.errors++
      if (result.failures.length < 5) result.failures.push(`${request.id}: ${error.message}`)
      continue
    }
    result.statuses[answer.status] = (result.statuses[answer.status] ?? 0) + 1
    if (answer.status < 200 || answer.status > 299) {
      result.non2xx++
      continue
    }
    result.ok2xx++
    const schema = schemaFor(doc, request.responses, answer.status, answer.headers['content-type'])
    let verdict
    if (schema === undefined) verdict = `status ${answer.status} declares no JSON schema`
    else {
      let body
      try {
        body = JSON.parse(answer.body)
      } catch {
        verdict = `body is not JSON: ${answer.body.slice(0, 60)}`
      }
      if (verdict === undefined) {
        const { valid, errors } = validator.validate(schema, body, { direction: 'response' })
        if (!valid)
          verdict = errors
            .slice(0, 2)
            .map((e) => `${e.path || '/'} ${e.message}`)
            .join('; ')
      }
    }
    if (verdict === undefined) result.valid++
    else {
      result.invalid++
      if (result.failures.length < 5) result.failures.push(`${request.id}: ${verdict}`.slice(0, 240))
    }
  }
}
console.log(JSON.stringify({ requests: requests.length, results }))
process.exit(0)
