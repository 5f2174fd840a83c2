import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TempRepo } from '../helpers/git-repo.js'
import { runAction, runnerCommands } from '../helpers/runner.js'
import { shippedCli } from '../helpers/shipped.js'

// Names and files a pull request controls, carrying workflow commands after line breaks.
const FORGED = [
  '::error file=infra/prod.tf,line=1,title=eks-upgrade-gate::forged verdict',
  '::add-mask::not-a-secret',
  '::set-output name=result::pass',
  '::stop-commands::pwned',
  '\u001b[2J\u001b[31mrepainted',
  '\u202eevil',
].join('\n')

describe('a pull request cannot print a runner command', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = new TempRepo('eug-hostile-pr-')
    const name = JSON.stringify(`prod\n${FORGED}`)
    repo.write({
      'clusters/prod.yaml': `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: ${name}\n  region: eu-west-1\n  version: "1.29"\nmanagedNodeGroups:\n  - name: ${name}\n    version: "1.24"\n`,
    })
    repo.commit('hostile')
  })
  afterAll(() => repo.cleanup())

  it('in the action: the only commands on stdout are the gate’s own', async () => {
    const run = await runAction({ workspace: repo.dir, inputs: { comment: 'off' } })
    expect(run.code).toBe(1)
    const commands = runnerCommands(run.stdout)
    expect(
      commands.filter((c) =>
        /^::(add-mask|set-output|stop-commands)|^::error file=infra\/prod\.tf/.test(c),
      ),
    ).toEqual([])
    // The finding about the group is still annotated, its name escaped inside one line.
    const skew = run.annotations.find((a) => a.properties.title?.endsWith('node-group-skew'))
    expect(skew?.message).toContain('\\n::add-mask::not-a-secret')
    expect(run.stdout.includes('\u001b') || run.stdout.includes('\u202e')).toBe(false)
  })

  it('in the CLI: no line of the text report starts a command, no terminal escape survives', () => {
    const result = spawnSync(process.execPath, [shippedCli(), 'check', repo.dir], {
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    expect(result.stdout.split('\n').filter((line) => line.trimStart().startsWith('::'))).toEqual(
      [],
    )
    expect(result.stdout.includes('\u001b') || result.stdout.includes('\u202e')).toBe(false)
    expect(result.stdout).toContain('prod\\n::error file=infra/prod.tf')
  })
})
