import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** How the end-to-end tests launch Debian's Chromium (as root: no sandbox; nothing fetched in the background). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/**
 * A fresh profile whose WebRTC policy gathers no UDP candidates. Without it, the tabs
 * (which have no media permission, so no loopback candidates) still offer mDNS host
 * candidates of the machine's other interfaces and connect to each other over them,
 * sending multicast mDNS queries off 127.0.0.1. With it, the tabs reach each other
 * through the Node peer only, and all traffic stays on loopback. The caller removes it.
 */
export function loopbackOnlyProfile (prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  mkdirSync(join(dir, 'Default'))
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ webrtc: { ip_handling_policy: 'disable_non_proxied_udp' } }))
  return dir
}
