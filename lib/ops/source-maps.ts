// Imported first by server.ts. Node keeps every loaded module's source map (and so its source text) in memory while
// source maps are enabled — tsx enables them. For Next.js's server chunks that is ~90 MB of an idle production
// server (heap used 183 → 107 MB, RSS 408 → 319 MB measured; docs/decisions/021-excel-import.md). Stack traces then
// point into the built chunks; LEITAI_SOURCE_MAPS=1 keeps source maps on for debugging.
if (process.env.LEITAI_SOURCE_MAPS !== '1') process.setSourceMapsEnabled(false);
