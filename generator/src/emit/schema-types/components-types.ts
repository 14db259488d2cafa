/**
 * The members of `export interface components` other than `schemas` (OpenAPI 3.1 §4.8.7 Components
 * Object): `responses`, `parameters`, `requestBodies` and `headers`, read from the document's
 * components, each typed as openapi-typescript types it:
 *
 * - a response → `{ headers: …; content: … }`; a request body → `{ content: … }`;
 * - a parameter or header → the type of its schema (or of its single media type's schema), a parameter
 *   as written and a header as read (`directions.ts`);
 * - a component that is a `$ref` to another component of its kind → that component, at the end of the
 *   chain (`unknown` when the chain loops or leaves the section).
 *
 * An empty section is `never`, as in openapi-typescript.
 *
 * @module
 */

import { buildDocText } from '../../model/doc-text.ts'
import { refPointer, valueAt } from '../../model/pointer.ts'
import { propertyName } from '../code-text.ts'
import { type HeaderEntry, type MediaEntries, requestBodyType, responseType } from './content-types.ts'
import { docComment } from './doc-comment.ts'
import { componentExpression } from './paths-types.ts'
import { INDENT, rootPosition, type TypeWriter } from './position.ts'
import { isSchemaObject, type SchemaObject } from './ref-targets.ts'

/** The component sections written here, in order. */
export const OTHER_SECTIONS = ['responses', 'parameters', 'requestBodies', 'headers'] as const

/** One of {@link OTHER_SECTIONS}. */
export type OtherSection = (typeof OTHER_SECTIONS)[number]

/** Reads components of one document. */
export class ComponentReader {
  readonly #document: unknown

  /** Reads the components of `document` (the model's bundled document). */
  constructor(document: unknown) {
    this.#document = document
  }

  /** The entries of `components[section]` in spec order (empty when absent). */
  entries(section: string): [string, unknown][] {
    const components = isSchemaObject(this.#document) ? this.#document.components : undefined
    const entries = isSchemaObject(components) ? components[section] : undefined
    return isSchemaObject(entries) ? Object.entries(entries) : []
  }

  /**
   * Follows `$ref`s from `value` to an object that is not one. Returns it with the component name of
   * the first `$ref` target's chain end (when that is a component of `section`), or undefined when the
   * chain loops or leads nowhere.
   */
  follow(value: unknown, section: string): { object: SchemaObject; name?: string } | undefined {
    let current = value
    let name: string | undefined
    const seen = new Set<string>()
    while (isSchemaObject(current) && typeof current.$ref === 'string') {
      const parsed = refPointer(current.$ref)
      if (parsed === undefined || seen.has(parsed.pointer)) return undefined
      seen.add(parsed.pointer)
      const [root, kind, entry, ...rest] = parsed.tokens
      name = root === 'components' && kind === section && rest.length === 0 ? entry : undefined
      current = valueAt(this.#document, parsed.tokens)
    }
    if (!isSchemaObject(current)) return undefined
    return name === undefined ? { object: current } : { object: current, name }
  }
}

/** The schema of a parameter or header: its `schema`, else the first media type's schema. */
function valueSchema(object: SchemaObject): unknown {
  if ('schema' in object) return object.schema
  const content = object.content
  if (!isSchemaObject(content)) return undefined
  const [first] = Object.values(content)
  return isSchemaObject(first) ? first.schema : undefined
}

/** The media types of a Content map. */
function mediaEntries(content: unknown): MediaEntries {
  if (!isSchemaObject(content)) return []
  return Object.entries(content).map(([mediaType, media]) => [
    mediaType,
    isSchemaObject(media) ? media.schema : undefined,
  ])
}

/** The headers of a Response Object, `$ref`ed ones naming `components['headers']`. */
function responseHeaders(reader: ComponentReader, headers: unknown): HeaderEntry[] {
  if (!isSchemaObject(headers)) return []
  const entries: HeaderEntry[] = []
  for (const [name, value] of Object.entries(headers)) {
    const found = reader.follow(value, 'headers')
    if (found === undefined) continue
    const { object } = found
    const doc = buildDocText({ description: object.description, deprecated: object.deprecated })
    const base = { name, required: object.required === true, doc }
    entries.push(
      found.name === undefined
        ? { ...base, schema: valueSchema(object) }
        : { ...base, expression: componentExpression('headers', found.name) },
    )
  }
  return entries
}

/** The type of one component of `section`, at indentation `pad`. */
function componentType(
  writer: TypeWriter,
  reader: ComponentReader,
  section: OtherSection,
  value: unknown,
  pad: string,
): string {
  const found = reader.follow(value, section)
  if (found === undefined) return 'unknown'
  if (found.name !== undefined) return componentExpression(section, found.name)
  const { object } = found
  if (section === 'responses') {
    return responseType(writer, responseHeaders(reader, object.headers), mediaEntries(object.content), pad)
  }
  if (section === 'requestBodies') return requestBodyType(writer, mediaEntries(object.content), pad)
  const direction = section === 'parameters' ? 'write' : 'read'
  return writer.typeOf(valueSchema(object), rootPosition(-1, pad, direction)).text
}

/** `<section>: { … };` (or `<section>: never;`) at indentation `pad`. */
export function componentSection(
  writer: TypeWriter,
  reader: ComponentReader,
  section: OtherSection,
  pad: string,
): string {
  const inner = pad + INDENT
  const members = reader.entries(section).map(([name, value]) => {
    const object = isSchemaObject(value) ? value : {}
    const doc = docComment(buildDocText({ description: object.description }), inner)
    return `${doc}${inner}${propertyName(name)}: ${componentType(writer, reader, section, value, inner)};`
  })
  if (members.length === 0) return `${pad}${section}: never;`
  return `${pad}${section}: {\n${members.join('\n')}\n${pad}};`
}
