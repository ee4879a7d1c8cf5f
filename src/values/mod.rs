//! Values as people read them: numbers rounded and grouped (`show`), and text from the
//! inputs made safe to show in a terminal, a page or an XML file (`escape`).

pub mod escape;
pub mod show;
