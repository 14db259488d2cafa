// Picks the GET operations of a document that a mock can be asked for without knowing the API: the
// first `count` in document order whose path parameters (and required query parameters) can be filled
// from the spec, and whose first 2xx response declares a JSON schema. Returns the request to send
// and the responses to validate against.

/** Follows a local `$ref` (`#/components/...`) to its target; other values are returned as they are. */
export function deref(doc, value, depth = 0) {
  if (value === null || typeof value !== 'object' || typeof value.$ref !== 'string' || depth > 20)
    return value
  if (!value.$ref.startsWith('#/')) return value
  let target = doc
  for (const part of value.$ref.slice(2).split('/'))
    target = target?.[part.replaceAll('~1', '/').replaceAll('~0', '~')]
  return target === undefined ? value : deref(doc, target, depth + 1)
}

/** A value for one parameter, from its examples, enum, default or type; undefined when none fits. */
function fill(doc, parameter) {
  const schema = deref(doc, parameter.schema) ?? {}
  const exampleValues = parameter.examples === undefined ? [] : Object.values(parameter.examples)
  const candidates = [
    parameter.example,
    deref(doc, exampleValues[0])?.value,
    schema.example,
    schema.enum?.[0],
    schema.default,
  ]
  const found = candidates.find((value) => ['string', 'number', 'boolean'].includes(typeof value))
  if (found !== undefined) return String(found)
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type
  let value
  if (type === 'integer' || type === 'number') value = String(Math.max(1, Math.ceil(schema.minimum ?? 1)))
  else if (type === 'boolean') value = 'true'
  else if (type === 'string' || type === undefined) {
    if (schema.format === 'date-time') value = '2024-01-01T00:00:00Z'
    else if (schema.format === 'date') value = '2024-01-01'
    else value = 'octocat'
  }
  if (value === undefined) return undefined
  if (typeof schema.pattern === 'string') {
    try {
      if (!new RegExp(schema.pattern, 'u').test(value)) return undefined
    } catch {
      return undefined
    }
  }
  return value
}

/** The first 2xx response with a JSON media type and a schema: `{ status, mediaType }`, or undefined. */
function jsonSuccess(doc, responses) {
  const keys = Object.keys(responses ?? {})
    .filter((key) => /^2\d\d$/.test(key))
    .sort()
  for (const key of keys) {
    const response = deref(doc, responses[key])
    for (const [mediaType, media] of Object.entries(response?.content ?? {}))
      if (/[/+]json\b/i.test(mediaType) && media?.schema !== undefined)
        return { status: Number(key), mediaType }
  }
  return undefined
}

/**
 * The first `count` fillable GET operations of `doc`.
 *
 * @returns {{ id: string, path: string, url: string, accept: string, responses: object }[]}
 */
export function pickGets(doc, count) {
  const picked = []
  for (const [template, item] of Object.entries(doc.paths ?? {})) {
    const operation = item?.get
    if (operation === undefined) continue
    const success = jsonSuccess(doc, operation.responses)
    if (success === undefined) continue
    const parameters = new Map()
    for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
      const parameter = deref(doc, raw)
      parameters.set(`${parameter.in}:${parameter.name}`, parameter)
    }
    let path = template
    const query = new URLSearchParams()
    let fillable = true
    for (const parameter of parameters.values()) {
      const required = parameter.in === 'path' || parameter.required === true
      if (!required) continue
      if (parameter.in !== 'path' && parameter.in !== 'query') {
        fillable = false
        break
      }
      const value = fill(doc, parameter)
      if (value === undefined) {
        fillable = false
        break
      }
      if (parameter.in === 'path') path = path.replaceAll(`{${parameter.name}}`, encodeURIComponent(value))
      else query.append(parameter.name, value)
    }
    if (!fillable || /[{}]/.test(path)) continue
    const search = query.toString()
    picked.push({
      id: operation.operationId ?? `GET ${template}`,
      path: template,
      url: search === '' ? path : `${path}?${search}`,
      accept: success.mediaType,
      responses: operation.responses,
    })
    if (picked.length === count) break
  }
  return picked
}

/**
 * The schema a 2xx answer must match: the response declared for its status (else `2XX`, else
 * `default`), the media type of its Content-Type (else the first JSON one). Undefined when none is declared.
 */
export function schemaFor(doc, responses, status, contentType) {
  const response = deref(
    doc,
    responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default,
  )
  const content = response?.content ?? {}
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase()
  const media =
    content[type] ??
    Object.entries(content).find(([mediaType]) => /[/+]json\b/i.test(mediaType))?.[1] ??
    undefined
  return media?.schema
}
