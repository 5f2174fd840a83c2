import { spawnSync } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/report.js'
import { eksctlCluster, TempRepo } from '../helpers/git-repo.js'
import { shippedCli } from '../helpers/shipped.js'

// One change, checked on machines set to different locales: Danish collation sorts
// "aa" after "z", and a case-insensitive one "B" between "a" and "z".
describe("the report does not depend on the machine's locale", () => {
  const repo = new TempRepo('eug-locale-')
  afterAll(() => repo.cleanup())
  repo.write({
    'clusters/aa.yaml': eksctlCluster('c-aa', '1.32'),
    'clusters/z.yaml': eksctlCluster('c-z', '1.32'),
    'clusters/B.yaml': eksctlCluster('c-b', '1.32'),
  })

  const check = (locale: string) =>
    spawnSync(
      process.execPath,
      [shippedCli(), 'check', '.', '--format', 'json', '--evaluation-date', '2026-12-01'],
      { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, LC_ALL: locale, LANG: locale } },
    )

  it('orders findings by path the same under C, en_US and da_DK', () => {
    const [plain, english, danish] = ['C', 'en_US.UTF-8', 'da_DK.UTF-8'].map(check)
    const files = (run: typeof plain) =>
      (JSON.parse(run!.stdout) as Report).findings.map((finding) => finding.file)
    expect(files(plain)).toEqual(['clusters/B.yaml', 'clusters/aa.yaml', 'clusters/z.yaml'])
    expect(english!.stdout).toBe(plain!.stdout)
    expect(danish!.stdout).toBe(plain!.stdout)
  })
})
