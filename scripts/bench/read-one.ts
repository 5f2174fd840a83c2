// The start-up benchmark's reference: the least any gate has to do on a one-file
// repository — start, read the file with the gate's own YAML reader, print one line —
// and nothing else. What the gate takes beyond this is its own work (rules, report,
// the rest of its code); what this takes beyond `node -e 0` no design of it avoids.
//
//   node read-one.mjs FILE
import { readFileSync } from 'node:fs'
import { getNode, parseYaml, scalarText } from '../../src/readers/yaml.js'

const [file] = process.argv.slice(2)
if (!file) throw new Error('usage: read-one FILE')
const [doc] = parseYaml({ path: file, text: readFileSync(file, 'utf8') }).docs
if (!doc) throw new Error(`${file} holds no YAML document`)
const version = scalarText(doc, getNode(doc, getNode(doc, doc.doc.contents, 'metadata'), 'version'))
process.stdout.write(`${file}: Kubernetes ${version ?? 'unknown'}\n`)
