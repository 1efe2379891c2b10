// libp2p 3 and its helpers call Promise.withResolvers, which Node only ships from 22.
// Node 20 is still common (and is what our CI image runs), so the Node entry point
// imports this module before anything from libp2p is evaluated.
import { WebSocket as WS } from 'ws'

type Resolvers<T> = { promise: Promise<T>, resolve: (v: T | PromiseLike<T>) => void, reject: (e?: unknown) => void }

const P = Promise as unknown as { withResolvers?: <T>() => Resolvers<T> }
if (typeof P.withResolvers !== 'function') {
  P.withResolvers = function withResolvers<T> (): Resolvers<T> {
    let resolve!: Resolvers<T>['resolve']
    let reject!: Resolvers<T>['reject']
    const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej })
    return { promise, resolve, reject }
  }
}

// @libp2p/websockets dials with the global WebSocket, which Node has only from 22: without
// it a Node peer cannot dial another's /ws address (the ones `accord agent` prints for
// browsers). `ws` is the implementation @libp2p/websockets already uses for its server.
// `ws` sockets are EventEmitters: an 'error' (a refused dial) with no listener attached at
// that moment would be thrown as an uncaught exception, so every socket keeps a no-op one;
// libp2p's own listeners still see the error.
// (`ws` is imported statically, not awaited, so that this module has no top-level await and
// the package can be `require()`d, which Node refuses for modules that await at the top; a
// static import also stays visible to bundlers.)
const G = globalThis as { WebSocket?: unknown }
if (typeof G.WebSocket !== 'function') {
  G.WebSocket = class extends WS {
    constructor (...args: ConstructorParameters<typeof WS>) {
      super(...args)
      this.on('error', () => {})
    }
  }
}

