/**
 * JSON Pointers (RFC 6901) inside URI fragments (RFC 3986 §3.5), as `$ref`s use them:
 * `#/components/schemas/Pet~1Cat` names the schema `Pet/Cat`, `%20` a space.
 *
 * @module
 */

/** The key the normalised root document is registered under; canonical refs read `statusline:root#/…`. */
export const ROOT_ID = 'statusline:root'

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1')
}

/** Reverses {@link escapeToken}. */
export function unescapeToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~')
}

/** Builds a JSON Pointer (`/a/b~1c`) from unescaped tokens. */
export function toPointer(tokens: readonly string[]): string {
  return tokens.map((t) => `/${escapeToken(t)}`).join('')
}

/**
 * Splits the fragment of a `$ref` (`#/components/schemas/A%20B`, or a bare pointer) into unescaped
 * tokens, percent-decoding each one. Returns `undefined` when the fragment is not a JSON Pointer.
 */
export function parseFragment(ref: string): string[] | undefined {
  const hash = ref.indexOf('#')
  const fragment = hash >= 0 ? ref.slice(hash + 1) : ref
  if (fragment === '') return []
  if (!fragment.startsWith('/')) return undefined
  return fragment
    .slice(1)
    .split('/')
    .map((part) => unescapeToken(safeDecode(part)))
}

/** The canonical `$ref` to a pointer inside the root document: `statusline:root#/a/b%20c`. */
export function canonicalRef(tokens: readonly string[]): string {
  return `${ROOT_ID}#${tokens.map((t) => `/${encodeURIComponent(escapeToken(t))}`).join('')}`
}

/** Reads the value at `tokens` inside `doc`, or `undefined` when any step is missing. */
export function getAt(doc: unknown, tokens: readonly string[]): unknown {
  let node: unknown = doc
  for (const token of tokens) {
    if (node === null || typeof node !== 'object') return undefined
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined
      node = node[Number(token)]
    } else {
      if (!Object.hasOwn(node, token)) return undefined
      node = (node as Record<string, unknown>)[token]
    }
  }
  return node
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
