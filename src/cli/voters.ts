/**
 * `accord voters list | add <id> | remove <id> | replace <old> <new>`: joins the mesh for
 * a moment as a client (no storage, a throwaway id), asks its acting leader to read or
 * change the voters (as `etcdctl member list / add / remove`), prints the configuration
 * and leaves.
 */
import { createPeer, InvalidArgumentError } from '../index.node.js'

export interface VotersFlags {
  mesh: string
  bootstrap: string[]
  voters: string[]
  psk?: Uint8Array
  timeout: number
  json: boolean
}

export async function runVoters (op: string, ids: string[], flags: VotersFlags, out: (line: string) => void = line => { process.stdout.write(line + '\n') }): Promise<void> {
  const arity: Record<string, number> = { list: 0, add: 1, remove: 1, replace: 2 }
  if (!(op in arity)) throw new InvalidArgumentError(`unknown operation '${op}': list, add <id>, remove <id> or replace <old> <new>`)
  if (ids.length !== arity[op]) throw new InvalidArgumentError(`voters ${op} takes ${arity[op]} peer id${arity[op] === 1 ? '' : 's'}`)
  if (flags.bootstrap.length === 0) throw new InvalidArgumentError('--bootstrap: the address of any member of the mesh is needed')
  const peer = await createPeer({ mesh: flags.mesh, bootstrap: flags.bootstrap, voters: flags.voters, psk: flags.psk, listen: ['/ip4/127.0.0.1/tcp/0'], relay: false })
  try {
    const options = { timeoutMs: flags.timeout }
    const v = peer.voters
    const config = op === 'add' ? await v.add(ids[0]!, options) : op === 'remove' ? await v.remove(ids[0]!, options) : op === 'replace' ? await v.replace(ids[0]!, ids[1]!, options) : await v.list(options)
    if (flags.json) out(JSON.stringify({ event: 'voters', voters: config.voters, index: config.index, leader: peer.leader?.id }))
    else {
      out(`voters (configuration ${config.index}, leader …${peer.leader?.id.slice(-8) ?? '?'}):`)
      for (const id of config.voters) out(`  ${id}${id === peer.leader?.id ? '  (leader)' : ''}`)
    }
  } finally {
    await peer.stop()
  }
}
