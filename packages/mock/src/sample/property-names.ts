/**
 * Realism from property names: a plain `string` called `email` gets an email address, `createdAt` an
 * ISO date-time, `price` a two-decimal amount. Callers use a candidate only when it still satisfies
 * the schema (lengths, bounds); otherwise they generate from the constraints.
 *
 * @module
 */

import type { Faker } from '@faker-js/faker'
import type { Gen } from './context.ts'

type Kind = 'string' | 'integer' | 'number'
type Make = (faker: Faker) => unknown

const dateTime: Make = (f) => f.date.recent({ days: 365 }).toISOString()
const url: Make = (f) => f.internet.url()

/** Normalised name (lower case, no `_`, `-` or spaces) → generator of a string. */
const STRINGS: Readonly<Record<string, Make>> = {
  email: (f) => f.internet.email(),
  emailaddress: (f) => f.internet.email(),
  firstname: (f) => f.person.firstName(),
  givenname: (f) => f.person.firstName(),
  lastname: (f) => f.person.lastName(),
  surname: (f) => f.person.lastName(),
  familyname: (f) => f.person.lastName(),
  name: (f) => f.person.fullName(),
  fullname: (f) => f.person.fullName(),
  displayname: (f) => f.person.fullName(),
  username: (f) => f.internet.username(),
  login: (f) => f.internet.username(),
  city: (f) => f.location.city(),
  country: (f) => f.location.country(),
  countrycode: (f) => f.location.countryCode(),
  street: (f) => f.location.streetAddress(),
  address: (f) => f.location.streetAddress(),
  streetaddress: (f) => f.location.streetAddress(),
  zip: (f) => f.location.zipCode(),
  zipcode: (f) => f.location.zipCode(),
  postalcode: (f) => f.location.zipCode(),
  postcode: (f) => f.location.zipCode(),
  phone: (f) => f.phone.number(),
  phonenumber: (f) => f.phone.number(),
  mobile: (f) => f.phone.number(),
  url,
  website: url,
  homepage: url,
  htmlurl: url,
  avatar: (f) => f.image.avatar(),
  avatarurl: (f) => f.image.avatar(),
  picture: (f) => f.image.avatar(),
  description: (f) => f.lorem.sentence(),
  bio: (f) => f.lorem.sentence(),
  summary: (f) => f.lorem.sentence(),
  title: (f) => f.book.title(),
  company: (f) => f.company.name(),
  companyname: (f) => f.company.name(),
  organization: (f) => f.company.name(),
  createdat: dateTime,
  updatedat: dateTime,
  deletedat: dateTime,
  timestamp: dateTime,
  color: (f) => f.color.rgb(),
  colour: (f) => f.color.rgb(),
  currency: (f) => f.finance.currencyCode(),
  currencycode: (f) => f.finance.currencyCode(),
  id: (f) => f.string.uuid(),
  uuid: (f) => f.string.uuid(),
  guid: (f) => f.string.uuid(),
  token: (f) => f.string.alphanumeric(32),
  accesstoken: (f) => f.string.alphanumeric(32),
  apikey: (f) => f.string.alphanumeric(32),
  ip: (f) => f.internet.ipv4(),
  ipaddress: (f) => f.internet.ipv4(),
  slug: (f) => f.lorem.slug(3),
  sha: (f) => f.git.commitSha(),
  locale: () => 'en-US',
  language: () => 'en',
}

/** Normalised name → generator of a number (integers are rounded or chosen integral). */
const NUMBERS: Readonly<Record<string, Make>> = {
  id: (f) => f.number.int({ min: 1, max: 100_000 }),
  price: (f) => f.number.float({ min: 0, max: 1000, fractionDigits: 2 }),
  amount: (f) => f.number.float({ min: 0, max: 1000, fractionDigits: 2 }),
  cost: (f) => f.number.float({ min: 0, max: 1000, fractionDigits: 2 }),
  total: (f) => f.number.float({ min: 0, max: 1000, fractionDigits: 2 }),
  balance: (f) => f.number.float({ min: 0, max: 10_000, fractionDigits: 2 }),
  age: (f) => f.number.int({ min: 18, max: 90 }),
  latitude: (f) => f.location.latitude(),
  lat: (f) => f.location.latitude(),
  longitude: (f) => f.location.longitude(),
  lng: (f) => f.location.longitude(),
  lon: (f) => f.location.longitude(),
  count: (f) => f.number.int({ min: 0, max: 100 }),
  quantity: (f) => f.number.int({ min: 1, max: 20 }),
  year: (f) => f.number.int({ min: 1990, max: 2025 }),
  port: (f) => f.number.int({ min: 1024, max: 65_535 }),
  createdat: (f) => Math.floor(f.date.recent({ days: 365 }).getTime() / 1000),
  updatedat: (f) => Math.floor(f.date.recent({ days: 365 }).getTime() / 1000),
}

const INTEGER_ONLY = new Set(['id', 'age', 'count', 'quantity', 'year', 'port', 'createdat', 'updatedat'])

/**
 * A realistic candidate for a property called `name` of the given kind, or `undefined` when the name
 * says nothing. `firstName`, `first_name` and `first-name` are the same name.
 */
export function realisticValue(g: Gen, name: string | undefined, kind: Kind): unknown {
  if (name === undefined) return undefined
  const key = name.toLowerCase().replace(/[_\-\s.]/g, '')
  if (kind === 'string') return (STRINGS[key] ?? bySuffix(name, key))?.(g.faker)
  const make = NUMBERS[key] ?? (key.endsWith('count') ? NUMBERS.count : undefined)
  if (make === undefined) return undefined
  const value = make(g.faker) as number
  if (kind === 'integer' && !INTEGER_ONLY.has(key) && !key.endsWith('count')) return Math.round(value)
  return value
}

/** Names the table does not list, recognised by their ending: `html_url`, `billingEmail`, `closed_at`. */
function bySuffix(name: string, key: string): Make | undefined {
  if (/(url|uri|href)$/.test(key)) return url
  if (key.endsWith('email')) return STRINGS.email
  if (/(_at|At)$/.test(name)) return dateTime
  if (key.endsWith('phone')) return STRINGS.phone
  return undefined
}
