import { createRequire } from 'node:module'

// The official SARIF 2.1.0 schema (draft-04), as shipped by Microsoft's jest-sarif;
// ajv's CommonJS packages are loaded with require, as their types expect.
const require = createRequire(import.meta.url)
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
addFormats(ajv)

/** Validates against SARIF 2.1.0, what code scanning accepts; `errors` says why not. */
export const validateSarif = ajv.compile(schema)
