#pragma once

namespace certdesk::bench {

// certdesk-bench team [--count N] [--keys MIX] [--runs R]
// The team inventory (PostgreSQL) against the local one (SQLite) on the same machine: a
// throwaway PostgreSQL 15 cluster on 127.0.0.1 (fsync on, shared_buffers 256 MB; the inventory
// user an ordinary CREATEROLE login, so the grants and triggers are in force) and a SQLite file.
// Measures, for each:
//   import   N generated certificates (default 100,000) into the empty inventory with ImportJob;
//   queries  at N, what the Certificates page and the CLI do, each the median of R runs
//            (default 5) after a warm-up: count, first page sorted by expiry, a page of a
//            status filter, a tag filter, a free-text search, the keyset page after it, the
//            names and tags of a page, the expiry dashboard's buckets.
// Prints certificates per second and the PostgreSQL/SQLite ratio (goal: PostgreSQL at most 2x
// slower), and milliseconds per query beside the 100 ms goal. Exit status 1 when an import
// fails or a query errs.
int teamBenchmark(int argc, char **argv);

} // namespace certdesk::bench
