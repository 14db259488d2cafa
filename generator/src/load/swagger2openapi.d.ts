/** Types for the parts of swagger2openapi 7 (untyped CommonJS) the loader uses. */
declare module 'swagger2openapi' {
  /** Options of `convertObj`; the converter also writes its state (patches, openapi) onto this object. */
  interface ConvertOptions {
    patch?: boolean
    warnOnly?: boolean
    resolve?: boolean
    source?: string
    text?: string
    warnProperty?: string
    anchors?: boolean
  }

  /** The options object, returned with the converted document and the number of patches applied. */
  interface ConvertResult extends ConvertOptions {
    openapi: Record<string, unknown>
    patches?: number
  }

  const swagger2openapi: {
    convertObj(swagger: object, options: ConvertOptions): Promise<ConvertResult>
  }
  export default swagger2openapi
}
