import type { ClusterConfig } from '../election/cluster.js'
import type { LeaseHolder } from './lease-holder.js'
import type { Body } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'

/**
 * The acting leader's side of `peer.voters`: reads the configuration, or changes it by
 * one voter. Any member of the mesh may ask; a private mesh (psk, allow) is what keeps
 * strangers from asking.
 */
export function serveVoters (holder: Pick<LeaseHolder<unknown>, 'assertActing' | 'changeVoters' | 'heard'>, rpc: Rpc): void {
  rpc.handle('votersChange', async (msg): Promise<Body> => {
    holder.heard(msg.from.toString())
    holder.assertActing()
    return votersReply(await holder.changeVoters({ add: msg.body.add, remove: msg.body.remove }))
  })
}

function votersReply (c: ClusterConfig): Body {
  return { votersReply: { voters: [...c.voters], index: BigInt(c.index) } }
}
