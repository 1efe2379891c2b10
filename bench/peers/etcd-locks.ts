/**
 * etcd's locks as the npm client `etcd3` ships them, wrapped as LockClients:
 *
 * - `Lock`: grant a lease, then a transaction "create the key with that lease if it does not
 *   exist"; release = revoke the lease. It never waits: a taken lock fails at once
 *   (EtcdLockFailedError, after revoking its own lease), so contenders poll.
 * - `Election`: the queue recipe of etcd's Go client (a key per candidate under the
 *   election's prefix, each with its own lease; the oldest leads, the others watch the key
 *   before theirs); campaign → elected is the acquire, resign (revoke) the release. FIFO.
 *
 * A release that fails (the etcd leader died under it) is retried until etcd confirms, as a
 * careful user would; otherwise the lock would stay taken until its lease ran out.
 */
import type { Etcd3 } from 'etcd3'
import { pollUntilHeld, retryUntilDone, type LockClient } from './lock-client.js'

type Errors = typeof import('etcd3')

export async function etcdErrors (): Promise<Pick<Errors, 'EtcdLockFailedError' | 'EtcdLeaseInvalidError'>> {
  const { EtcdLockFailedError, EtcdLeaseInvalidError } = await import('etcd3')
  return { EtcdLockFailedError, EtcdLeaseInvalidError }
}

export async function etcdLockRecipe (client: Etcd3, ttlSeconds: number): Promise<LockClient> {
  const { EtcdLockFailedError } = await etcdErrors()
  return {
    acquire: async name => await pollUntilHeld(async () => {
      const lock = client.lock(name).ttl(ttlSeconds)
      try {
        await lock.acquire()
      } catch (err) {
        if (err instanceof EtcdLockFailedError) return undefined // held by another client
        // The transaction may have committed before the error reached us: give the lease back.
        await retryUntilDone(async () => { await lock.release() })
        throw err
      }
      return { release: async () => { await retryUntilDone(async () => { await lock.release() }) } }
    }),
    close: async () => { client.close() }
  }
}

export async function etcdElectionRecipe (client: Etcd3, ttlSeconds: number): Promise<LockClient> {
  const { EtcdLeaseInvalidError } = await etcdErrors()
  // Campaign.resign() marks itself resigned before revoking, so a second call does nothing:
  // a failed resign is retried here by revoking the campaign's lease directly.
  const resign = async (name: string, campaign: ReturnType<ReturnType<Etcd3['election']>['campaign']>): Promise<void> => {
    try { await campaign.resign(); return } catch {}
    const key = await campaign.getCampaignKey().catch(() => undefined)
    if (key == null) return // the lease was never granted: nothing to give back
    const id = key.slice(`election/${name}/`.length)
    await retryUntilDone(async () => {
      try { await client.leaseClient.leaseRevoke({ ID: id }) } catch (err) { if (!(err instanceof EtcdLeaseInvalidError)) throw err }
    })
  }
  return {
    acquire: async name => {
      const campaign = client.election(name, ttlSeconds).campaign(String(process.pid))
      try {
        await campaign.wait()
      } catch (err) {
        await resign(name, campaign)
        throw err
      }
      return { release: async () => { await resign(name, campaign) } }
    },
    close: async () => { client.close() }
  }
}
