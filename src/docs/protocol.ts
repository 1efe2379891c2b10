import { DocsBody } from './docs-wire.js'
import type { WireLayer } from '../net/codec.js'

declare module '../net/codec.js' {
  interface BodyMap {
    docUpdate: DocsBody['docUpdate']
    docDigest: DocsBody['docDigest']
    syncRequest: DocsBody['syncRequest']
    syncReply: DocsBody['syncReply']
    syncPush: DocsBody['syncPush']
    docAwareness: DocsBody['docAwareness']
    syncMessage: DocsBody['syncMessage']
  }
}

/**
 * The documents layer's protocol: Yjs updates gossiped on each document's topic, digests
 * for anti-entropy, and the three-step catch-up on the "sync" stream protocol.
 * Version history: 1.0 — wire version 1 (docs/docs-wire.proto); 1.1 — presence
 * (`DocAwareness`, y-protocols awareness updates on the document's topic); 1.2 — catch-up
 * and direct pushes as y-protocols sync messages (`SyncMessage`); 1.3 — a direct push lists the
 * peers it reached by 8-byte tags (`SyncMessage.reachedTags`), not by their ids as strings.
 */
export const DOCS_PROTOCOL = { name: 'docs', major: 1, minor: 3, body: DocsBody, kinds: ['docUpdate', 'docDigest', 'syncRequest', 'syncReply', 'syncPush', 'docAwareness', 'syncMessage'] } satisfies WireLayer
