/**
 * Decodes a spec file's bytes as UTF-8, refusing bytes UTF-8 cannot decode (SL018) instead of turning
 * them into U+FFFD, which would put wrong text into names, descriptions and enum values without a word.
 *
 * @module
 */
import { isUtf8 } from 'node:buffer'
import { createDiagnostic, DiagnosticError } from '../diagnostics/diagnostic.ts'

/**
 * The text of `bytes`, read from `path`.
 *
 * @throws DiagnosticError SL018 naming the line and column of the first byte that is not UTF-8 (or
 * saying that the file is UTF-16, when it opens with a UTF-16 byte order mark).
 */
export function decodeUtf8(bytes: Buffer, path: string): string {
  if (isUtf8(bytes)) return bytes.toString('utf8')
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DiagnosticError([
      createDiagnostic('SL018', {
        file: path,
        line: 1,
        column: 1,
        message: 'The file is UTF-16 text (it opens with a UTF-16 byte order mark), not UTF-8',
      }),
    ])
  }
  // The platform's decoder puts U+FFFD where a byte is not UTF-8; the first one that stands for no
  // encoded U+FFFD (EF BF BD) is where the file stops being UTF-8.
  const text = bytes.toString('utf8')
  let index = text.indexOf('\uFFFD')
  let offset = Buffer.byteLength(text.slice(0, index))
  while (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) {
    index = text.indexOf('\uFFFD', index + 1)
    offset = Buffer.byteLength(text.slice(0, index))
  }
  const before = text.slice(0, index)
  const lineStart = before.lastIndexOf('\n') + 1
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')
  throw new DiagnosticError([
    createDiagnostic('SL018', {
      file: path,
      line: before.split('\n').length,
      column: before.length - lineStart + 1,
      message: `The byte 0x${byte} at offset ${offset} is not UTF-8; the file is in another encoding, or is not text`,
    }),
  ])
}
