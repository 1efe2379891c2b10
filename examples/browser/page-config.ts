/** Where a page's peer dials: the server's /config.json, overridden by ?mesh= and ?bootstrap= in the page's address. */
export interface PageConfig { mesh: string, bootstrap: string[] }

/** The page's config: `mesh` (by default `defaultMesh`) and the bootstrap addresses. */
export async function loadConfig (defaultMesh: string): Promise<PageConfig> {
  const params = new URLSearchParams(location.search)
  let config: PageConfig = { mesh: defaultMesh, bootstrap: [] }
  try {
    const res = await fetch('config.json', { cache: 'no-store' })
    if (res.ok) config = { ...config, ...(await res.json() as Partial<PageConfig>) }
  } catch {} // a page served without the example's server: the address says where to dial
  const mesh = params.get('mesh')
  const bootstrap = params.getAll('bootstrap')
  return { mesh: mesh ?? config.mesh, bootstrap: bootstrap.length > 0 ? bootstrap : config.bootstrap }
}
