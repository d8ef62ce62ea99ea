//! The C ABI for java.lang.foreign downcalls: the same core as the JNI entry points, with
//! nothing JVM-specific. A reply buffer is Rust memory that Java must hand back to
//! `wordbench_free` (it does so in a finally block).

use crate::wire;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr::null_mut;

/// Counts the NUL-terminated paths in `paths[0..paths_len]`; returns a `wire` reply of
/// `*reply_len` bytes, or null if even that failed.
///
/// # Safety
/// `paths` points to `paths_len` readable bytes; `reply_len` to a writable usize.
#[no_mangle]
pub unsafe extern "C" fn wordbench_count(paths: *const u8, paths_len: usize, n: i32, mode: i32, threads: i32, reply_len: *mut usize) -> *mut u8 {
    catch_unwind(AssertUnwindSafe(|| {
        if paths.is_null() || reply_len.is_null() {
            return null_mut();
        }
        let request = std::slice::from_raw_parts(paths, paths_len);
        let reply = wire::respond(request, n, mode, threads).into_boxed_slice();
        *reply_len = reply.len();
        Box::into_raw(reply) as *mut u8
    }))
    .unwrap_or(null_mut())
}

/// Frees a reply of `wordbench_count`.
///
/// # Safety
/// `reply` and `len` are exactly what one `wordbench_count` call returned, freed once.
#[no_mangle]
pub unsafe extern "C" fn wordbench_free(reply: *mut u8, len: usize) {
    if !reply.is_null() {
        let _ = catch_unwind(AssertUnwindSafe(|| drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(reply, len)))));
    }
}

/// The talk's hello world through FFM.
#[no_mangle]
pub extern "C" fn wordbench_double(x: i32) -> i32 {
    catch_unwind(|| wire::double(x)).unwrap_or(0)
}
