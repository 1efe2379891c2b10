import { ObservableV2 } from 'lib0/observable'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'

/** A document's link to the mesh, as a Yjs provider reports it: 'connected' while at least one connected peer has the document open. */
export type ProviderStatus = 'connecting' | 'connected' | 'disconnected'

/** The events of a DocProvider, named and shaped as y-websocket's provider has them. */
export interface ProviderEvents {
  /** `synced` changed: true once the document caught up with the peers connected when it opened (at once when there are none). */
  sync: (synced: boolean) => void
  /** The same as `sync` (y-websocket emits both). */
  synced: (synced: boolean) => void
  /** `status` changed. */
  status: (event: { status: ProviderStatus }) => void
}

/**
 * A document as Yjs providers (y-websocket, y-webrtc) present one: the `doc`, its
 * `awareness`, `synced` and `status` with their events, and `destroy()`. Editor bindings and
 * code written for those providers take it as it is. From `peer.provider(name)`.
 */
export class DocProvider extends ObservableV2<ProviderEvents> {
  private isSynced = false
  private current: ProviderStatus = 'connecting'

  constructor (
    /** The document's name in the mesh. */
    readonly name: string,
    /** The replicated Y.Doc. */
    readonly doc: Y.Doc,
    /** Its presence (y-protocols Awareness). */
    readonly awareness: Awareness,
    private readonly closeDoc: () => Promise<void>
  ) {
    super()
  }

  /**
   * Whether the document has caught up with the peers connected when it opened: as y-webrtc's
   * (serverless) provider, true at once for a peer alone. Later peers are caught up with as
   * they come, and `status` says whether any is connected.
   */
  get synced (): boolean { return this.isSynced }

  /** 'connected' while at least one connected peer has the document open; 'connecting' until the first catch-up is done. */
  get status (): ProviderStatus { return this.current }

  /** Resolves once `synced` is true. */
  async whenSynced (): Promise<void> {
    if (this.isSynced) return
    await new Promise<void>(resolve => {
      const on = (synced: boolean): void => { if (synced) { this.off('sync', on); resolve() } }
      this.on('sync', on)
    })
  }

  /** Stops replicating and persisting the document (`peer.closeDoc(name)`); the Y.Doc stays usable locally. */
  override async destroy (): Promise<void> {
    await this.closeDoc()
    super.destroy()
  }

  /** @internal The link changed: `connected` peers that have the document open. */
  setConnected (connected: boolean): void {
    const next: ProviderStatus = connected ? 'connected' : 'disconnected'
    if (next === this.current) return
    this.current = next
    this.emit('status', [{ status: next }])
  }

  /** @internal The first catch-up finished. */
  setSynced (synced: boolean): void {
    if (synced === this.isSynced) return
    this.isSynced = synced
    this.emit('synced', [synced])
    this.emit('sync', [synced])
  }
}
