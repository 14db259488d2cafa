/**
 * Optional properties named after members of `Object.prototype`. TypeScript checks an object against
 * an optional property it lacks through the object's apparent type, where every object has
 * `constructor: Function`, `toString(): string` and the rest of the `Object` interface; so
 * `{ constructor?: string }` accepts no object without a `constructor` of its own, not even `{}`,
 * although `{}` is valid against the schema. Such a member is typed `T | Object['name']`: what reading
 * it gives when the body leaves it out (the prototype's member), and what lets such bodies be assigned.
 *
 * @module
 */
import { stringLiteral } from '../code-text.ts'
import { atom, type TypeText, unionOf } from './type-text.ts'

/** The members of TypeScript's `Object` interface, which every object type has apparently. */
const OBJECT_MEMBERS: ReadonlySet<string> = new Set([
  'constructor',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
])

/** Whether `name` is a member every object has through `Object.prototype`, as TypeScript's `Object` declares it. */
function isObjectMember(name: string): boolean {
  return OBJECT_MEMBERS.has(name)
}

/** The type of an optional property `name` of type `type`: `type`, or with the prototype's member for those names. */
export function optionalMemberType(name: string, type: TypeText): TypeText {
  return isObjectMember(name) ? unionOf([type, atom(`Object[${stringLiteral(name)}]`)]) : type
}
