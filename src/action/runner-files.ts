import { appendFileSync, existsSync } from 'node:fs'
import os from 'node:os'

// What the runner reads back from the gate: the token that ends its pause of workflow
// commands, and step outputs in GITHUB_OUTPUT. Both need a token the text around it
// cannot contain. @actions/core draws a random UUID for it, which loads node:crypto:
// 5 ms of every run on node 24 (its ciphers, argon2, x509), a tenth of the gate's own
// start-up. The text is known in full before it is written, so a token chosen to
// appear nowhere in it is as safe as a random one, and certain rather than likely.

/** `stem`, or `stem-2`, `stem-3`, …: the first that `text` does not contain. */
export function tokenAbsentFrom(text: string, stem: string): string {
  let token = stem
  for (let n = 2; text.includes(token); n++) token = `${stem}-${n}`
  return token
}

/**
 * A step output, as core.setOutput writes it (`name<<DELIMITER`, the value, the
 * delimiter), with a delimiter the value does not hold.
 */
export function setOutput(name: string, value: string | number, env: NodeJS.ProcessEnv): void {
  const file = env.GITHUB_OUTPUT
  if (!file) throw new Error('GITHUB_OUTPUT is not set: the runner gives every step one')
  if (!existsSync(file)) throw new Error(`GITHUB_OUTPUT names no file: ${file}`)
  const text = String(value)
  const delimiter = tokenAbsentFrom(`${name}\n${text}`, 'EKS_UPGRADE_GATE_EOF')
  appendFileSync(file, `${name}<<${delimiter}${os.EOL}${text}${os.EOL}${delimiter}${os.EOL}`)
}
