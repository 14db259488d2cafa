/**
 * A property computed on its first read and kept from then on: how the mock data of `statusline mock`
 * defers the parts of an operation a request may never need.
 *
 * @module
 */

/**
 * Defines `key` on `target` as the value `build` returns when the property is first read; the value then
 * replaces the getter as a plain, enumerable, read-only property.
 *
 * @example
 * const response = { key: '200' }
 * defineLazy(response, 'contents', () => expensive())
 * response.contents // expensive() runs now, once
 */
export function defineLazy(target: object, key: string, build: () => unknown): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = build()
      Object.defineProperty(target, key, { value, enumerable: true, configurable: false, writable: false })
      return value
    },
  })
}
