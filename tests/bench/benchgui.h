#pragma once

namespace certdesk::bench {

// certdesk-bench gui --count N [--db PATH] [--runs R]
// Builds (or reuses, with --db) an inventory of N generated certificates, then starts
// `certdesk-bench gui-child` R times on the offscreen platform and prints, per run and as
// medians: process start to the Certificates page painted, a filter keystroke to the table
// repainted, a dashboard refresh to the page repainted, and the child's peak memory.
int guiBenchmark(int argc, char **argv);

// The measured process: the real ui::MainWindow over --db, reporting "key value" lines.
int guiChild(int argc, char **argv);

} // namespace certdesk::bench
