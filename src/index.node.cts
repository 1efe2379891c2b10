// CommonJS entry point: `require('accord-mesh')`. Node ≥ 20.19 can require an ES module
// that has no top-level await, so this re-exports the ES entry rather than shipping a
// second build (one copy of each class: instanceof works across both).
export * from './index.node.js'
