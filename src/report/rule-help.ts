import { readFileSync } from 'node:fs'

/**
 * A rule's page (docs/rules/<id>.md), for SARIF's rule help. From sources it is
 * read from the repository; scripts/build.mjs replaces this module in the bundle
 * with the pages themselves, since a runner has only action.yml and dist/.
 */
export function ruleHelp(id: string): string | undefined {
  try {
    return readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8')
  } catch {
    return undefined
  }
}
