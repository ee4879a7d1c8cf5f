fn main() -> std::process::ExitCode {
    cap_malloc_arenas();
    polscore::cli::main()
}

/// glibc gives each thread that allocates its own malloc arena (up to eight per core), and
/// memory freed in one arena is not reused by allocations in another. The data are read on
/// some threads and scored on others, so with the default a million rows peaked at 282 MB of
/// resident memory where the heap itself peaked at 233 MB; with two arenas, 246 MB, in the
/// same time (BENCHMARKS.md, "Memory").
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn cap_malloc_arenas() {
    // A limit set in the environment wins: MALLOC_ARENA_MAX, or glibc's tunable.
    let tunable = std::env::var("GLIBC_TUNABLES").is_ok_and(|t| t.contains("arena_max"));
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() && !tunable {
        // SAFETY: `mallopt` only sets a tunable of the allocator; it is called before any
        // other thread exists, and a value it refuses leaves the default in place.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn cap_malloc_arenas() {}
