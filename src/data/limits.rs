//! How much of a data file polscore reads. Evaluation data is small (hundreds of rows); the
//! limits are far above that and keep a wrong or hostile file (a disk image named `.csv`, a
//! workbook that unpacks to gigabytes) from taking the machine's memory. Each one, when hit,
//! is an error that names it. docs/data-format.md lists them for users.

/// Bytes of one data file on disk, CSV or workbook: 16 MiB.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Bytes a workbook may unpack to, all its parts together: 256 MiB.
pub const MAX_WORKBOOK_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

/// Characters in one cell (an id, a year, a value, a note): 10,000.
pub const MAX_CELL_CHARS: usize = 10_000;

/// Rows of one CSV file or sheet, the header included: 1,000,000.
pub const MAX_ROWS: usize = 1_000_000;

/// Cells in one row of a sheet: Excel's own limit of columns.
pub const MAX_CELLS_PER_ROW: usize = 16_384;

/// Errors shown for the data files, in order of place; a count of the others follows.
pub const MAX_ERRORS: usize = 100;

/// `16 MiB`, `256 MiB`: a byte limit as shown in messages.
pub fn mib(bytes: u64) -> String {
    format!("{} MiB", bytes / (1024 * 1024))
}

/// `1,000,000`: a count as shown in messages.
pub use crate::values::show::grouped;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_shown_as_people_write_them() {
        assert_eq!(mib(MAX_FILE_BYTES), "16 MiB");
        assert_eq!(grouped(MAX_ROWS), "1,000,000");
        assert_eq!(grouped(10_000), "10,000");
        assert_eq!(grouped(999), "999");
    }
}
