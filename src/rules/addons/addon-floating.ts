import { defineRule } from '../types.js'

export const addonFloating = defineRule({
  meta: {
    id: 'addon-floating',
    family: 'addons',
    severity: 'notice',
    title: 'An add-on version floats (latest / most_recent) and is decided at apply time',
  },
  check({ clusters }) {
    return clusters.flatMap(({ head }) =>
      head.addons
        .filter((addon) => addon.version.status === 'policy')
        .map((addon) => ({
          message: `The ${addon.name} add-on version is "${addon.version.value}": AWS decides it when the change is applied, so this review cannot see it. Pin it to make upgrades reviewable.`,
          at: addon.version.at,
          cluster: head.id,
          subject: `addon:${addon.name}`,
        })),
    )
  },
})
