//! The catalogue words the tables and types of the format in English as the format itself
//! does (`Table::what`, `format::type_name`, which the documentation and the JSON Schema
//! use), so an English message names them as the documentation does.

use super::words::{table_id, with_type};
use crate::lang::{Lang, msg};
use crate::rubric::format::{self, Type};

#[test]
fn every_table_is_named_in_english_as_the_format_names_it() {
    for table in format::tables() {
        let m = msg!("rubric-key-unknown-in", key = "k", table = table_id(table));
        assert_eq!(
            m.render(Lang::En),
            format!("unknown key `k` in {}", table.what)
        );
    }
}

#[test]
fn every_type_is_named_in_english_as_the_format_names_it() {
    let mut types: Vec<Type> = format::tables()
        .iter()
        .flat_map(|t| t.keys.iter().map(|k| k.ty))
        .collect();
    types.extend([Type::Choice(&["one"]), Type::Choices(&["one"])]);
    for ty in types {
        let m = with_type(msg!("rubric-value-unknown-help", key = "k"), ty);
        assert_eq!(
            m.render(Lang::En),
            format!("`k` is {}", format::type_name(ty))
        );
    }
}
