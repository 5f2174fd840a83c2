import { defineRule } from '../types.js'

/** A file the gate could not read may hide a violation; the user must know. */
export const unreadableFile = defineRule({
  meta: {
    id: 'unreadable-file',
    family: 'tool',
    severity: 'warning',
    title: 'A file could not be read, so the versions it declares were not checked',
  },
  check({ inventory }) {
    return inventory.problems.map((problem) => ({
      message: problem.message,
      at: problem.at,
      subject: `file:${problem.at.file}`,
    }))
  },
})
