//! Values as people read and write them: fiscal years (`year`) and numbers (`number`) as
//! evaluators type them, cells of text (`text`), numbers rounded and grouped (`show`), and
//! text from the inputs made safe to show in a terminal, a page or an XML file (`escape`).
//! Pure functions, used by the rubrics and the data alike.

pub mod escape;
pub mod number;
pub mod show;
pub mod text;
pub mod year;
