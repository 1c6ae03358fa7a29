// @nestjs/throttler is CommonJS and require()s the ESM-only @nestjs/common and @nestjs/core.
// Jest evaluates CommonJS while it links the ES module graph, so those two must already be
// evaluated when the throttler loads; importing them first guarantees it.
await import('@nestjs/common');
await import('@nestjs/core');
