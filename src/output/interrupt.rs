//! Ctrl-C, `SIGTERM` or `SIGHUP` while a report is being written: the temporary file of the
//! write in flight is removed, then the process ends as the signal would have ended it (the
//! shell shows 130 or 143), so that nothing is left beside the report and the previous report
//! stays as it was. Only `SIGKILL` cannot be caught.
//!
//! The temporary file is recorded under a lock, and the same lock is held while it is created
//! and while it is renamed into place; the signal's thread takes the lock before it removes
//! the file and keeps it until the process has ended. So the signal finds either no file yet,
//! a whole temporary file to remove (the old report untouched), or the rename done (the new
//! report whole): never a rename half-way.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// The temporary file being written, if any.
static IN_FLIGHT: Mutex<Option<PathBuf>> = Mutex::new(None);

/// The temporary file being written, locked. A lock poisoned by a panic elsewhere still
/// guards the path.
pub(crate) fn in_flight() -> MutexGuard<'static, Option<PathBuf>> {
    IN_FLIGHT.lock().unwrap_or_else(|e| e.into_inner())
}

/// Records `path` as the temporary file in flight until the `Recorded` is dropped; `lock`
/// is the guard under which it was created.
pub(crate) fn record(mut lock: MutexGuard<'static, Option<PathBuf>>, path: &Path) -> Recorded {
    *lock = Some(path.to_path_buf());
    Recorded
}

/// A temporary file recorded as in flight. Dropped before `renamed`, on an error, it removes
/// the file itself, under the lock, so that there is no moment when the file exists and the
/// signal's thread does not know it.
pub(crate) struct Recorded;

impl Recorded {
    /// The file was renamed into place, under `lock`: there is nothing left to remove.
    pub(crate) fn renamed(self, mut lock: MutexGuard<'static, Option<PathBuf>>) {
        *lock = None;
    }
}

impl Drop for Recorded {
    fn drop(&mut self) {
        if let Some(path) = in_flight().take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Starts the thread that waits for the signals, once per process; a failure to install it
/// only loses the clean-up, never the report.
#[cfg(unix)]
pub(crate) fn install() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        let _ = std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    // Held until the end: no rename can start after the file is removed.
                    let lock = in_flight();
                    if let Some(path) = lock.as_ref() {
                        let _ = std::fs::remove_file(path);
                    }
                    // Ends the process by the signal itself, as if it had not been caught,
                    // so that a shell or a CI runner sees what happened; exit(128 + n) if
                    // that fails.
                    let _ = signal_hook::low_level::emulate_default_handler(signal);
                    std::process::exit(128 + signal);
                }
            });
    });
}

#[cfg(not(unix))]
pub(crate) fn install() {}
