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
  const offset = firstInvalidByte(bytes)
  const before = bytes.subarray(0, offset).toString('utf8')
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

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Buffer): number {
  let offset = 0
  while (offset < bytes.length) {
    const length = sequenceLength(bytes, offset)
    if (length === 0) return offset
    offset += length
  }
  return offset
}

/** The length of the well-formed UTF-8 sequence at `offset` (RFC 3629 §4), or 0 when there is none. */
function sequenceLength(bytes: Buffer, offset: number): number {
  const lead = bytes[offset] ?? 0
  if (lead < 0x80) return 1
  const [length, low, high] =
    lead >= 0xc2 && lead <= 0xdf
      ? [2, 0x80, 0xbf]
      : lead === 0xe0
        ? [3, 0xa0, 0xbf]
        : lead === 0xed
          ? [3, 0x80, 0x9f]
          : lead >= 0xe1 && lead <= 0xef
            ? [3, 0x80, 0xbf]
            : lead === 0xf0
              ? [4, 0x90, 0xbf]
              : lead === 0xf4
                ? [4, 0x80, 0x8f]
                : lead >= 0xf1 && lead <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0]
  if (length === 0 || offset + length > bytes.length) return 0
  const second = bytes[offset + 1] ?? 0
  if (second < low || second > high) return 0
  for (let index = 2; index < length; index++) {
    const next = bytes[offset + index] ?? 0
    if (next < 0x80 || next > 0xbf) return 0
  }
  return length
}
