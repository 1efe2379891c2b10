/**
 * An etcd lock holder in its own process, so that the failover scenario can kill it -9
 * together with the etcd leader. Environment: ETCD_ENDPOINT (one member), LOCK, TTL_S.
 * Takes the lock with etcd3's Election recipe (the one the waiter uses), prints
 * `held <lock>`, and keeps its lease alive until killed.
 */
import { Etcd3 } from 'etcd3'

const env = process.env
const client = new Etcd3({ hosts: [env.ETCD_ENDPOINT!] })
const campaign = client.election(env.LOCK!, Number(env.TTL_S)).campaign(`holder-${process.pid}`)
campaign.on('error', (err: Error) => { process.stdout.write(`failed ${env.LOCK!} ${err.message}\n`) })
await campaign.wait()
process.stdout.write(`held ${env.LOCK!}\n`)
setInterval(() => {}, 60_000) // stay alive: the lease's keepalives hold the lock
