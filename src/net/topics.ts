/** Names of every topic and protocol of a mesh: meshes never hear each other. */
export const topics = {
  control: (mesh: string) => `/accord/${mesh}/control`,
  discovery: (mesh: string) => `/accord/${mesh}/discovery`,
  route: (mesh: string) => `/accord/${mesh}/route`,
  doc: (mesh: string, name: string) => `/accord/${mesh}/doc/${name}`,
  /**
   * A stream protocol's ids, newest first: `major.minor.0` down to `major.0.0`. A peer
   * answers on all of them and dials asking for the newest, so two releases of one major
   * agree on the older one's version; another major is another protocol (never garbage).
   */
  protocols: (mesh: string, service: string, version: { major: number, minor: number }) =>
    Array.from({ length: version.minor + 1 }, (_, i) => `/accord/${mesh}/${service}/${version.major}.${version.minor - i}.0`)
}
