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

describe('paths a pull request names in its configuration stay in the repository', () => {
  let repo: TempRepo
  const check = (config: string) => {
    repo.write({ '.github/eks-upgrade-gate.yml': config })
    return spawnSync(process.execPath, [shippedCli(), 'check', '.', '--format', 'json'], {
      cwd: repo.dir,
      encoding: 'utf8',
      timeout: 20_000,
    })
  }
  beforeAll(() => {
    repo = new TempRepo('eug-hostile-paths-')
    repo.write({
      'infra/main.tf':
        'provider "aws" {}\nresource "aws_eks_cluster" "c" {\n  name    = "c"\n  version = "1.30"\n}\n',
    })
  })
  afterAll(() => repo.cleanup())

  it('an absolute var-files entry is refused at once (it looped forever)', () => {
    const result = check('var-files: ["/etc/hosts"]\n')
    expect(result.error).toBeUndefined()
    const report = JSON.parse(result.stdout) as { findings: Array<{ message: string }> }
    expect(report.findings.map((f) => f.message)).toContainEqual(
      expect.stringContaining('is outside the repository'),
    )
  })

  it('plan-json outside the repository is refused without reading it, so nothing of it is quoted', () => {
    const result = check('plan-json: ["/etc/passwd"]\n')
    expect(result.stdout).toContain('/etc/passwd is outside the repository')
    expect(result.stdout).not.toMatch(/root:x?:0/)
  })

  it('a knowledge-file that is a device or outside the repository stops the run with a clear message', () => {
    const zero = check('knowledge-file: ["/dev/zero"]\n')
    expect(zero.error).toBeUndefined()
    expect(zero.status).toBe(2)
    expect(zero.stderr).toContain('/dev/zero is outside the repository')
    const fifo = spawnSync('mkfifo', [`${repo.dir}/infra/pipe`])
    expect(fifo.status).toBe(0)
    const pipe = check('knowledge-file: ["infra/pipe"]\n')
    expect(pipe.error).toBeUndefined()
    expect(pipe.status).toBe(2)
    expect(pipe.stderr).toContain('infra/pipe is not a regular file')
  })
})
