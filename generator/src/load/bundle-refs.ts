/**
 * Bundles a multi-file OpenAPI 3.x document into one: every `$ref` to another file (or to a place outside
 * `components` in the same file) is replaced by a `$ref` into `#/components/<section>/<name>`, with the
 * referenced object hoisted there. Path item `$ref`s are inlined instead (OpenAPI 3.0 has no
 * `components.pathItems`). After bundling, every `$ref` points into `#/components/…`, the only place the
 * mock runtime resolves references from.
 *
 * The walk is iterative (an explicit stack, no recursion through `$ref`s), so a chain of a thousand
 * references cannot overflow the stack; each target is hoisted once and remembered, so recursive schemas
 * terminate. Objects are moved, not copied: the result shares objects with the parsed files.
 *
 * Why not `bundle` of @apidevtools/json-schema-ref-parser: it leaves bundled targets wherever it first
 * met them (often under `#/paths/…`, which the mock runtime cannot resolve), it does not know which
 * components section a target belongs to, its errors do not name the pointer of the `$ref`, and it took
 * 0.9 s on GitHub's 13 MB document, which holds no external `$ref` at all (this walk: about 0.1 s).
 *
 * @module
 */

import { createDiagnostic, type Diagnostic, DiagnosticError } from '../diagnostics/diagnostic.ts'
import { adoptComponentRefs } from './adopt-component-refs.ts'
import { entryFrame, type Frame, isJson, type Json, segmentsOf } from './bundle-frame.ts'
import { ComponentNames, suggestComponentName } from './component-names.ts'
import { getAtPointer, pointerOf } from './json-pointer.ts'
import type { SourcePosition } from './line-index.ts'
import { childKind, componentSectionOf, kindOfSection } from './openapi-kinds.ts'
import { readSource, type SourceFile } from './read-source.ts'
import { findRefCycles } from './ref-cycles.ts'
import { parseRef, type RefTarget } from './ref-target.ts'
import { type FileContext, SpecFiles } from './spec-files.ts'

/** The document to bundle and where it came from. */
export interface BundleInput {
  /** Absolute path of the root file; relative `$ref`s are resolved against it. */
  readonly path: string
  /** The root document; it is modified in place and returned as the bundled document. */
  readonly document: Record<string, unknown>
  /** Positions in the root file, when the document is still the file's text as parsed (not upgraded). */
  readonly locate?: ((segments: readonly string[]) => SourcePosition | undefined) | undefined
  /**
   * Every reference the root file's text holds, when its reading could tell (`SourceFile.writtenRefs()`):
   * when each names an existing `#/components/<section>/<name>` entry, there is nothing to bundle and the
   * document is not walked.
   */
  readonly writtenRefs?: ReadonlySet<string> | undefined
}

/** Options of {@link bundleRefs}. */
export interface BundleOptions {
  /** Reads a referenced file (default {@link readSource}); each file is read once. */
  readonly read?: (path: string) => Promise<SourceFile>
}

/** The bundled document and what was learnt on the way. */
export interface BundleResult {
  /** The same object as the input document, now with internal `$ref`s into `components` only. */
  readonly document: Record<string, unknown>
  /** Absolute paths of every file read, the root first. */
  readonly files: readonly string[]
  /** Warnings from referenced files (YAML warnings, unsafe integers). */
  readonly warnings: readonly Diagnostic[]
}

interface Resolved {
  readonly target: RefTarget
  readonly value: unknown
  readonly file: FileContext
}

/**
 * Bundles the document's external references into it; see the module comment for the result's shape.
 *
 * @throws DiagnosticError SL005 (broken `$ref`), SL010 (remote or anchor `$ref`), SL006 (a `$ref` chain
 * that loops), and SL002/SL003 when a referenced file does not parse.
 * @example
 * ```ts
 * const { document } = await bundleRefs({ path: source.path, document: source.value as Record<string, unknown> })
 * ```
 */
export async function bundleRefs(input: BundleInput, options: BundleOptions = {}): Promise<BundleResult> {
  return new Bundler(input, options.read ?? readSource).run()
}

class Bundler {
  readonly #root: FileContext
  readonly #document: Json
  readonly #files: SpecFiles
  /** `file#pointer` of each hoisted target → its `#/components/…` ref. */
  readonly #hoisted = new Map<string, string>()
  readonly #visited = new WeakSet<object>()
  readonly #names: ComponentNames
  readonly #errors: Diagnostic[] = []
  readonly #stack: Frame[] = []
  /** Objects moved into root component slots, with the frame their walk starts from. */
  #adopted = new Map<object, Frame>()
  /**
   * `#/components/<section>/<name>` refs written in the root file that name an existing entry: such a
   * ref stays as it is, so each is resolved once however many times it is written (GitHub's document
   * holds tens of thousands of them, and nothing else).
   */
  /** References that cannot be followed where nothing generated reads (see {@link Bundler.#error}). */
  readonly #warnings: Diagnostic[] = []
  readonly #rootComponentRefs = new Set<string>()
  readonly #writtenRefs: ReadonlySet<string> | undefined

  constructor(input: BundleInput, read: (path: string) => Promise<SourceFile>) {
    this.#writtenRefs = input.writtenRefs
    this.#document = input.document
    this.#root = { path: input.path, value: input.document, locate: input.locate }
    this.#files = new SpecFiles(this.#root, read)
    this.#names = new ComponentNames(input.document.components)
  }

  async run(): Promise<BundleResult> {
    if (this.#onlyComponentEntryRefs()) {
      this.#checkCycles()
      if (this.#errors.length > 0) throw new DiagnosticError(this.#errors)
      return { document: this.#document, files: this.#files.paths(), warnings: [] }
    }
    this.#adopted = await adoptComponentRefs(this.#document, this.#files, this.#root.path, this.#hoisted)
    this.#stack.push(entryFrame(this.#document, 'document', this.#root, []))
    while (this.#stack.length > 0) {
      const frame = this.#stack.pop()!
      const value = frame.value
      if (this.#visited.has(value)) continue
      this.#visited.add(value)
      if (isJson(value) && typeof value.$ref === 'string') {
        const section = componentSectionOf(frame.kind)
        if (section === undefined) {
          await this.#inline(frame, value)
          continue
        }
        if (!this.#isKnownRootComponentRef(value.$ref, frame)) {
          const ref = await this.#hoist(value.$ref, frame, ['$ref'], section)
          if (ref !== undefined) value.$ref = ref
        }
        if (frame.kind !== 'schema' && frame.kind !== 'unknown') continue
      }
      if (frame.kind === 'schema' && isJson(value) && hasMapping(value))
        await this.#discriminatorMapping(frame, value)
      this.#pushChildren(frame, value, undefined)
    }
    if (this.#errors.length === 0) this.#checkCycles()
    const warnings = [...this.#files.warnings, ...this.#warnings]
    if (this.#errors.length > 0) throw new DiagnosticError([...this.#errors, ...warnings])
    return { document: this.#document, files: this.#files.paths(), warnings }
  }

  /**
   * Whether every reference of the root file's text names an existing entry of its `components`, as
   * `#/components/<section>/<name>` exactly (path items aside): the walk would then leave the document as
   * it is, as each such `$ref` stays, no file is read and nothing is inlined. (A path item's `$ref` is
   * inlined, so `pathItems` targets take the walk; OpenAPI allows a `$ref` at no other place without a
   * components section.)
   */
  #onlyComponentEntryRefs(): boolean {
    if (this.#writtenRefs === undefined) return false
    for (const ref of this.#writtenRefs) {
      const segments = this.#existingRootEntry(ref)
      if (segments?.length !== 3 || segments[0] !== 'components' || segments[1] === 'pathItems') return false
    }
    return true
  }

  /**
   * Whether `ref`, written in the root file, names an existing root component entry (it then stays as it
   * is); remembers each such ref, and leaves every other ref to {@link Bundler.#hoist}.
   */
  #isKnownRootComponentRef(ref: string, frame: Frame): boolean {
    if (frame.file !== this.#root || !ref.startsWith('#/components/')) return false
    if (this.#rootComponentRefs.has(ref)) return true
    if ((this.#existingRootEntry(ref)?.length ?? 0) < 3) return false
    this.#rootComponentRefs.add(ref)
    return true
  }

  /** The segments of the entry `ref` names in the root file, when the entry exists; else undefined. */
  #existingRootEntry(ref: string): readonly string[] | undefined {
    const parsed = parseRef(ref, this.#root.path)
    if (!parsed.ok || parsed.target.file !== this.#root.path) return undefined
    return getAtPointer(this.#root.value, parsed.target.segments).found ? parsed.target.segments : undefined
  }

  /** Pushes the children of a value, in document order; `origins` gives the frames of inlined keys. */
  #pushChildren(frame: Frame, value: object, origins: Map<string, Frame> | undefined): void {
    const isList = Array.isArray(value)
    const keys = Object.keys(value)
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!
      const child = (value as Json)[key]
      if (typeof child !== 'object' || child === null || (key === '$ref' && !isList)) continue
      const kind = childKind(frame.kind, key, Array.isArray(child))
      if (kind === 'skip') continue
      const adopted = this.#adopted.size > 0 ? this.#adopted.get(child) : undefined
      if (adopted) {
        this.#stack.push({ ...adopted, kind })
        continue
      }
      const parent = origins?.get(key) ?? frame
      this.#stack.push({ value: child, kind, file: parent.file, parent, key, base: [] })
    }
  }

  /**
   * Resolves a `$ref` found at `frame` (+ `suffix`) to a `#/components/<section>/<name>` ref, hoisting
   * the target on first sight. Returns undefined after recording an error.
   */
  async #hoist(
    ref: string,
    frame: Frame,
    suffix: readonly string[],
    section: string,
  ): Promise<string | undefined> {
    const resolved = await this.#resolve(ref, frame, suffix)
    if (!resolved) return undefined
    const { target, value, file } = resolved
    if (file === this.#root && target.segments[0] === 'components' && target.segments.length >= 3) {
      return file === frame.file ? ref : `#${pointerOf(target.segments)}`
    }
    if (file === this.#root && containsComponents(target.segments)) {
      this.#error(
        'SL006',
        frame,
        suffix,
        `The $ref "${ref}" points to a part of the document that contains it`,
      )
      return undefined
    }
    // A component is an object; a schema may also be `true` or `false` (JSON Schema 2020-12 §4.3.2).
    if (!isJson(value) && !(section === 'schemas' && typeof value === 'boolean')) {
      this.#error(
        'SL005',
        frame,
        suffix,
        `The $ref "${ref}" points to ${describeValue(value)}, not an object`,
      )
      return undefined
    }
    const key = `${target.file}#${pointerOf(target.segments)}`
    const known = this.#hoisted.get(key)
    if (known !== undefined) return known
    const name = this.#names.allocate(section, suggestComponentName(target.file, target.segments))
    const newRef = `#/components/${section}/${name}`
    this.#hoisted.set(key, newRef)
    objectAt(objectAt(this.#document, 'components'), section)[name] = value
    if (typeof value === 'object' && value !== null) {
      this.#stack.push(entryFrame(value, kindOfSection(section), file, target.segments))
    }
    return newRef
  }

  /** Replaces a `$ref` by the referenced object's fields (siblings of the `$ref` win), following chains. */
  async #inline(frame: Frame, value: Json): Promise<void> {
    const layers: Frame[] = []
    const seen = new Set<string>()
    let current: Json = value
    let currentFrame = frame
    while (typeof current.$ref === 'string') {
      const resolved = await this.#resolve(current.$ref, currentFrame, ['$ref'])
      if (!resolved) return
      const key = `${resolved.target.file}#${pointerOf(resolved.target.segments)}`
      if (seen.has(key) || (resolved.file === this.#root && containsComponents(resolved.target.segments))) {
        this.#error('SL006', frame, ['$ref'], `The $ref "${String(value.$ref)}" leads back to itself`)
        return
      }
      seen.add(key)
      if (!isJson(resolved.value)) {
        this.#error(
          'SL005',
          currentFrame,
          ['$ref'],
          `The $ref "${current.$ref}" points to ${describeValue(resolved.value)}, not an object`,
        )
        return
      }
      current = resolved.value
      currentFrame = entryFrame(current, frame.kind, resolved.file, resolved.target.segments)
      layers.push(currentFrame)
    }
    delete value.$ref
    const origins = new Map<string, Frame>()
    for (const layer of layers) {
      for (const [key, child] of Object.entries(layer.value)) {
        if (key === '$ref' || Object.hasOwn(value, key)) continue
        value[key] = child
        origins.set(key, layer)
      }
    }
    this.#pushChildren(frame, value, origins)
  }

  /**
   * Rewrites `discriminator.mapping` values that are references (not bare schema names). An entry that
   * cannot be followed is left out with a warning instead of refusing the document: it costs only the
   * tag of one member (bundlers leave mapping values as written, so published documents carry entries
   * into files they do not ship).
   */
  async #discriminatorMapping(frame: Frame, schema: Json): Promise<void> {
    const discriminator = schema.discriminator
    if (!isJson(discriminator) || !isJson(discriminator.mapping)) return
    const mapping = discriminator.mapping
    for (const [name, target] of Object.entries(mapping)) {
      if (typeof target !== 'string' || !/[#/]|\.(ya?ml|json)$/i.test(target)) continue
      const before = this.#errors.length
      const ref = await this.#hoist(target, frame, ['discriminator', 'mapping', name], 'schemas')
      if (ref !== undefined) {
        mapping[name] = ref
        continue
      }
      for (const error of this.#errors.splice(before))
        this.#warnings.push({
          ...error,
          severity: 'warning',
          message: `${error.message}; the mapping entry "${name}" is left out`,
        })
      delete mapping[name]
    }
  }

  /** Finds what a `$ref` points to, reading its file if needed; records SL005/SL010 and returns undefined on failure. */
  async #resolve(ref: string, frame: Frame, suffix: readonly string[]): Promise<Resolved | undefined> {
    const parsed = parseRef(ref, frame.file.path)
    if (!parsed.ok) {
      this.#error(parsed.code, frame, suffix, `Cannot resolve $ref "${ref}": ${parsed.reason}`)
      return undefined
    }
    const target = parsed.target
    let file = this.#files.get(target.file)
    if (!file) {
      const outcome = await this.#files.load(target.file)
      if (!outcome.file) {
        if (outcome.missing)
          this.#error('SL005', frame, suffix, `Cannot resolve $ref "${ref}": ${outcome.reason}`)
        else this.#errors.push(...outcome.diagnostics)
        return undefined
      }
      file = outcome.file
    }
    const lookup = getAtPointer(file.value, target.segments)
    if (!lookup.found) {
      const where = file === frame.file ? 'this file' : file.path
      const partly =
        lookup.depth > 0 ? ` (it resolves up to #${pointerOf(target.segments.slice(0, lookup.depth))})` : ''
      this.#error(
        'SL005',
        frame,
        suffix,
        `Cannot resolve $ref "${ref}": ${where} has no value at #${pointerOf(target.segments)}${partly}`,
      )
      return undefined
    }
    return { target, value: lookup.value, file }
  }

  /**
   * Records a reference that cannot be followed: an error, except in a vendor extension or a field that
   * holds no OpenAPI object (kind `unknown`), which nothing generated reads. There the `$ref` stays as
   * written and a warning says so (a `$ref` in `x-code-samples` to another sample's text is no reason
   * to refuse a whole API).
   */
  #error(code: 'SL005' | 'SL006' | 'SL010', frame: Frame, suffix: readonly string[], message: string): void {
    const segments = [...segmentsOf(frame), ...suffix]
    const at = frame.file.locate?.(segments)
    const pointer = pointerOf(segments)
    const unread = frame.kind === 'unknown'
    const diagnostic = createDiagnostic(code, {
      file: frame.file.path,
      pointer,
      line: at?.line,
      column: at?.column,
      ...(unread
        ? {
            severity: 'warning' as const,
            message: `${message}; it is left as written, in a place statusline reads nothing from`,
          }
        : { message }),
    })
    if (unread) this.#warnings.push(diagnostic)
    else this.#errors.push(diagnostic)
  }

  #checkCycles(): void {
    for (const cycle of findRefCycles(this.#document)) {
      const at = this.#root.locate?.(cycle.segments)
      this.#errors.push(
        createDiagnostic('SL006', {
          file: this.#root.path,
          pointer: pointerOf(cycle.segments),
          line: at?.line,
          column: at?.column,
          message: `Circular $ref chain: ${cycle.chain.map((p) => `#${p}`).join(' → ')}`,
        }),
      )
    }
  }
}

/** Whether a schema has a `discriminator.mapping` (whose values may be references to rewrite). */
function hasMapping(schema: Json): boolean {
  const discriminator = schema.discriminator
  return isJson(discriminator) && isJson(discriminator.mapping)
}

/** The object at `parent[key]`, created when missing. */
function objectAt(parent: Json, key: string): Json {
  const existing = parent[key]
  if (isJson(existing)) return existing
  const created: Json = {}
  parent[key] = created
  return created
}

/** The root-file pointer names the document, `components` or a whole section: hoisting it would nest it in itself. */
function containsComponents(segments: readonly string[]): boolean {
  return segments.length === 0 || (segments[0] === 'components' && segments.length < 3)
}

/** What a value that is not an object is, for messages: `a string`, `a list`, `null`. */
function describeValue(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`
}
