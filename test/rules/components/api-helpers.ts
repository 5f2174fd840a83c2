import { clusterOf, contextOf } from '../../helpers/model.js'

/** Where the manifest of these tests declares its apiVersion. */
export const MANIFEST = { file: 'm.yaml', line: 3, column: 1 }

/** A cluster at `version` whose manifests use one API. */
export const usingApi = (version: string, apiVersion: string, kind: string) =>
  contextOf({
    ...clusterOf({ version }),
    apis: [{ apiVersion, kind, name: 'x', at: MANIFEST }],
  })
