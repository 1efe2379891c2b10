import { describe, it } from 'vitest'
import { runStorageContract } from '../../src/index.js'
import { MemoryStorage } from '../../src/store/memory.js'

// Each open() is a fresh store: nothing survives, which the contract allows when durable is false.
runStorageContract('MemoryStorage', () => ({ open: async () => new MemoryStorage() }), { describe, it })
