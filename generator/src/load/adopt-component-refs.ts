/**
 * The usual way to split a spec is a root whose component entries are `$ref`s to files
 * (`Pet: { $ref: ./schemas/pet.yaml }`). Before bundling, each such entry receives the referenced object
 * itself, so the bundle keeps the name `Pet` instead of hoisting `pet.yaml` under a second name and
 * leaving `Pet` as an alias. Problems (missing files, bad pointers) are left for the bundler to report
 * where the `$ref` is.
 *
 * @module
 */

import { entryFrame, type Frame, isJson, type Json } from './bundle-frame.ts'
import { getAtPointer, pointerOf } from './json-pointer.ts'
import { componentSectionOf, kindOfSection } from './openapi-kinds.ts'
import { parseRef } from './ref-target.ts'
import type { SpecFiles } from './spec-files.ts'

/**
 * Replaces root component entries that are nothing but a `$ref` to another file with the referenced
 * object. Records each in `hoisted` (target key → new internal ref) and returns, per adopted object, the
 * entry frame its walk must start from (its own file and pointer, for its relative `$ref`s).
 */
export async function adoptComponentRefs(
  document: Json,
  files: SpecFiles,
  rootPath: string,
  hoisted: Map<string, string>,
): Promise<Map<object, Frame>> {
  const adopted = new Map<object, Frame>()
  const components = document.components
  if (!isJson(components)) return adopted
  for (const [section, entries] of Object.entries(components)) {
    if (!isJson(entries) || componentSectionOf(kindOfSection(section)) !== section) continue
    for (const [name, entry] of Object.entries(entries)) {
      if (!isJson(entry) || typeof entry.$ref !== 'string' || Object.keys(entry).length !== 1) continue
      const parsed = parseRef(entry.$ref, rootPath)
      if (!parsed.ok || parsed.target.file === rootPath) continue
      const key = `${parsed.target.file}#${pointerOf(parsed.target.segments)}`
      if (hoisted.has(key)) continue
      const file = await files.tryLoad(parsed.target.file)
      const lookup = file ? getAtPointer(file.value, parsed.target.segments) : undefined
      if (!file || !lookup?.found || !isJson(lookup.value) || adopted.has(lookup.value)) continue
      entries[name] = lookup.value
      hoisted.set(key, `#/components/${section}/${name}`)
      adopted.set(
        lookup.value,
        entryFrame(lookup.value, kindOfSection(section), file, parsed.target.segments),
      )
    }
  }
  return adopted
}
