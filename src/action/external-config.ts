import { ConfigError } from '../config/gate-config.js'
import { statusOf } from '../github/repo.js'
import type { ExternalConfigFile } from './inputs.js'

/** A configuration file is small; a bigger answer is not one. */
const LIMIT = 1_048_576

/**
 * Reads `config-file: OWNER/REPO/PATH@REF` through the contents API: configuration a
 * pull request cannot edit, kept in another repository (dependency-review-action's
 * convention). Any failure stops the run: checking with the defaults instead would
 * run the gate with a bar nobody set. The message never quotes the file.
 */
export async function readExternalConfig(
  file: ExternalConfigFile,
  token: string,
): Promise<{ name: string; text: string }> {
  const name = `${file.owner}/${file.repo}/${file.path}@${file.ref}`
  if (!token)
    throw new ConfigError(
      `reading the configuration file ${name} needs a token: set github-token or external-repo-token`,
    )
  let data: unknown
  try {
    const { createClient } = await import('../github/client.js')
    const answer = await createClient(token).rest.repos.getContent({
      owner: file.owner,
      repo: file.repo,
      path: file.path,
      ref: file.ref,
      mediaType: { format: 'raw' },
    })
    data = answer.data
  } catch (error) {
    const status = statusOf(error)
    throw new ConfigError(
      status === 404
        ? `the configuration file ${name} does not exist, or the token cannot read ${file.owner}/${file.repo} (give it contents: read there with external-repo-token)`
        : `could not read the configuration file ${name} (${status ? `HTTP ${status}` : (error as Error).message})`,
    )
  }
  if (typeof data !== 'string')
    throw new ConfigError(`the configuration file ${name} is not a file (a directory?)`)
  if (data.length > LIMIT)
    throw new ConfigError(`the configuration file ${name} is over ${LIMIT / 1_048_576} MiB`)
  return { name, text: data }
}
