/**
 * TSDoc blocks written from statement writers, in the same shape as the `docs` of a structure
 * (`structures.ts`): one line `/** text *\/`, or a block with ` * ` before each line.
 *
 * @module
 */
import { commentText } from '../code-text.ts'
import type { CodeWriter } from '../code-writer.ts'

/** Writes `text` as a TSDoc block on its own line(s); nothing when `text` is empty. */
export function writeDocs(writer: CodeWriter, text: string): void {
  const safe = commentText(text)
  if (safe === '') return
  const lines = safe.split('\n')
  if (lines.length === 1) {
    writer.writeLine(`/** ${safe} */`)
    return
  }
  writer.writeLine('/**')
  for (const line of lines) writer.writeLine(line === '' ? ' *' : ` * ${line}`)
  writer.writeLine(' */')
}
