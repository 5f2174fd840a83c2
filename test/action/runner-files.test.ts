import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setOutput, tokenAbsentFrom } from '../../src/action/runner-files.js'
import { parseOutputs } from '../helpers/runner.js'

describe('tokenAbsentFrom', () => {
  it('is the stem when the text does not hold it', () => {
    expect(tokenAbsentFrom('a report', 'resume')).toBe('resume')
  })

  it('counts past every form the text holds, so no line of it can end the pause', () => {
    const text = '::resume::\n::resume-2::\nresume-4'
    const token = tokenAbsentFrom(text, 'resume')
    expect(token).toBe('resume-3')
    expect(text.split('\n')).not.toContain(`::${token}::`)
  })
})

describe('setOutput', () => {
  let dir: string
  let file: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'eug-outputs-'))
    file = path.join(dir, 'output')
    writeFileSync(file, '')
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('writes records the runner reads back as they were given', () => {
    setOutput('result', 'fail', { GITHUB_OUTPUT: file })
    setOutput('errors', 2, { GITHUB_OUTPUT: file })
    expect(parseOutputs(readFileSync(file, 'utf8'))).toEqual({ result: 'fail', errors: '2' })
  })

  it('a value holding the delimiter and a forged record cannot end its own record', () => {
    const forged = 'prod\nEKS_UPGRADE_GATE_EOF\nresult<<X\npass\nX'
    setOutput('clusters', forged, { GITHUB_OUTPUT: file })
    setOutput('result', 'fail', { GITHUB_OUTPUT: file })
    expect(parseOutputs(readFileSync(file, 'utf8'))).toEqual({ clusters: forged, result: 'fail' })
  })

  it('says what is wrong when the runner gave no output file', () => {
    expect(() => setOutput('result', 'pass', {})).toThrow('GITHUB_OUTPUT is not set')
    expect(() => setOutput('result', 'pass', { GITHUB_OUTPUT: path.join(dir, 'gone') })).toThrow(
      'GITHUB_OUTPUT names no file',
    )
  })
})
