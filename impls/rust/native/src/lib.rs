//! wordbench's native core: CPython's word rule and top-N counting over several files, exported
//! to Java twice — through hand-written JNI (`jni`) and through a plain C ABI for
//! java.lang.foreign (`ffm`). Both call the same `wire::respond`.

pub mod count;
pub mod ffm;
pub mod input;
pub mod jni;
pub mod rule;
pub mod scan;
pub mod table;
#[allow(clippy::all)]
pub mod tables;
pub mod wire;
