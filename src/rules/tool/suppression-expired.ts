import { defineRule } from '../types.js'

export const suppressionExpired = defineRule({
  meta: {
    id: 'suppression-expired',
    family: 'tool',
    severity: 'warning',
    title: 'A suppression in the configuration file has expired and no longer applies',
  },
  check({ expiredSuppressions }) {
    return (expiredSuppressions ?? []).map((entry) => ({
      message: `The suppression of ${entry.rule} ("${entry.reason}") expired on ${entry.expires} and no longer applies. Fix the findings, or extend it with a new reason.`,
      at: entry.at,
      subject: `suppression:${entry.rule}:${entry.at.line}`,
    }))
  },
})
