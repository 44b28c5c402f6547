#pragma once

namespace pathways::bench {

/// How fast this machine is at the moment. A shared VM's speed changes by up to 1.5× from minute to minute,
/// so a time alone cannot say whether a program or the machine was slow. The reference is a fixed amount of
/// the import's kind of work (an FTS5 build of generated text with prefix indexes, in memory, through the
/// same SQLite), run on both cores at once: compare it with its quiet-machine time, recorded in
/// docs/benchmarks.md, and scale.
double referenceSeconds();

} // namespace pathways::bench
