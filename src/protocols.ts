import { COORD_PROTOCOL } from './coord/protocol.js'
import { DOCS_PROTOCOL } from './docs/protocol.js'
import { ELECTION_PROTOCOL } from './election/protocol.js'
import { Wire, type WireLayer } from './net/codec.js'
import { VARIABLES_PROTOCOL } from './variables/protocol.js'

/** The layers whose messages a peer of this release speaks, each with its protocol version. */
export const MESH_LAYERS: readonly WireLayer[] = [DOCS_PROTOCOL, ELECTION_PROTOCOL, COORD_PROTOCOL, VARIABLES_PROTOCOL]

/** The codec of a mesh of this release. */
export function meshWire (layers: readonly WireLayer[] = MESH_LAYERS): Wire {
  return new Wire([...layers])
}
