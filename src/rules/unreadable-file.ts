import { docsUrl, type Rule } from './types.js'

const id = 'unreadable-file'

/** A file the gate could not read may hide a violation; the user must know. */
export const unreadableFile: Rule = {
  meta: {
    id,
    family: 'tool',
    severity: 'warning',
    title: 'A file could not be read, so the versions it declares were not checked',
    docs: docsUrl(id),
  },
  check({ inventory }) {
    return inventory.problems.map((problem) => ({
      message: problem.message,
      at: problem.at,
      subject: `file:${problem.at.file}`,
    }))
  },
}
