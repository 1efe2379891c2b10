/** Names of every topic and protocol of a mesh: meshes never hear each other. */
export const topics = {
  control: (mesh: string) => `/accord/${mesh}/control`,
  discovery: (mesh: string) => `/accord/${mesh}/discovery`,
  route: (mesh: string) => `/accord/${mesh}/route`,
  doc: (mesh: string, name: string) => `/accord/${mesh}/doc/${name}`,
  protocol: (mesh: string, service: string) => `/accord/${mesh}/${service}/1.0.0`
}
