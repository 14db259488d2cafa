/**
 * The property names a schema declares for the object at a JSON path of a value, for telling a
 * property the type lost (declared there) from one the schema merely admits (not declared there; the
 * value is valid, so `additionalProperties` let it in). Every branch counts (`$ref`, `allOf`, `anyOf`,
 * `oneOf`, `if`/`then`/`else`, `dependentSchemas`), so the answer leans to "declared", the side that
 * fails the test; a discriminator's `mapping` is not followed: the subtypes it names are other schemas.
 *
 * @module
 */

type SchemaNode = Record<string, unknown>

const BRANCHES = ['allOf', 'anyOf', 'oneOf'] as const
const SINGLE = ['if', 'then', 'else', 'not'] as const

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The target of a local `$ref` (`#/components/schemas/Pet`), or undefined. */
function resolve(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined
  let node: unknown = root
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const token = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~')
    node = isNode(node) ? node[token] : Array.isArray(node) ? node[Number(token)] : undefined
  }
  return node
}

/** `schema` and every schema it is made of (references followed), each once. */
function expand(root: unknown, schema: unknown, out: SchemaNode[] = []): SchemaNode[] {
  if (!isNode(schema) || out.includes(schema)) return out
  out.push(schema)
  if (typeof schema.$ref === 'string') expand(root, resolve(root, schema.$ref), out)
  for (const key of BRANCHES) {
    const branches = schema[key]
    if (Array.isArray(branches)) for (const branch of branches) expand(root, branch, out)
  }
  for (const key of SINGLE) if (key !== 'not') expand(root, schema[key], out)
  if (isNode(schema.dependentSchemas))
    for (const sub of Object.values(schema.dependentSchemas)) expand(root, sub, out)
  return out
}

/** The schemas that may describe the child `segment` of a value that `schema` describes. */
function children(schema: SchemaNode, segment: string | number): unknown[] {
  if (typeof segment === 'number') {
    const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : undefined
    const tuple = Array.isArray(schema.items) ? schema.items : prefix
    return [tuple?.[segment], isNode(schema.items) ? schema.items : undefined, schema.additionalItems]
  }
  const properties = isNode(schema.properties) ? schema.properties : {}
  const patterns = isNode(schema.patternProperties) ? Object.values(schema.patternProperties) : []
  return [
    Object.hasOwn(properties, segment) ? properties[segment] : undefined,
    ...patterns,
    schema.additionalProperties,
  ]
}

/**
 * The property names declared for the object at `segments` of a value of `schema`; `root` holds what
 * local references point into (`{ components }`).
 */
export function declaredPropertiesAt(
  root: unknown,
  schema: unknown,
  segments: readonly (string | number)[],
): Set<string> {
  let candidates = expand(root, schema)
  for (const segment of segments) {
    const next: SchemaNode[] = []
    for (const candidate of candidates)
      for (const child of children(candidate, segment)) expand(root, child, next)
    candidates = next
  }
  const names = new Set<string>()
  for (const candidate of candidates)
    if (isNode(candidate.properties)) for (const name of Object.keys(candidate.properties)) names.add(name)
  return names
}
