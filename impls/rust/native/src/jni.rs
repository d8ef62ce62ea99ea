//! JNI by hand: no jni crate. A `JNIEnv*` points to a pointer to the JNI function table; the
//! entries used here are called by their index in the JNI specification's "Interface Function
//! Table" (stable since JDK 1.2). Words and paths cross as byte arrays, never as Java Strings:
//! JNI's "modified UTF-8" differs from UTF-8 for NUL and supplementary characters.

use crate::wire;
use std::ffi::{c_char, c_void};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr::null_mut;

type JObject = *mut c_void;
type Env = *mut *const *const c_void;

const FIND_CLASS: usize = 6;
const THROW_NEW: usize = 14;
const GET_ARRAY_LENGTH: usize = 171;
const NEW_BYTE_ARRAY: usize = 176;
const GET_BYTE_ARRAY_REGION: usize = 200;
const SET_BYTE_ARRAY_REGION: usize = 208;
const EXCEPTION_CHECK: usize = 228;

/// The function at `index` of the table, as the function type `F`.
///
/// SAFETY: `env` is the JNIEnv* the JVM passed in, and `F` is the entry's C signature.
unsafe fn function<F: Copy>(env: Env, index: usize) -> F {
    let entry: *const c_void = *(*env).add(index);
    std::mem::transmute_copy(&entry)
}

unsafe fn exception_pending(env: Env) -> bool {
    function::<unsafe extern "system" fn(Env) -> u8>(env, EXCEPTION_CHECK)(env) != 0
}

unsafe fn read_byte_array(env: Env, array: JObject) -> Option<Vec<u8>> {
    let len = function::<unsafe extern "system" fn(Env, JObject) -> i32>(env, GET_ARRAY_LENGTH)(env, array);
    let mut bytes = vec![0u8; len.max(0) as usize];
    // A copying read: nothing to release afterwards.
    function::<unsafe extern "system" fn(Env, JObject, i32, i32, *mut u8)>(env, GET_BYTE_ARRAY_REGION)(env, array, 0, len, bytes.as_mut_ptr());
    if exception_pending(env) {
        None
    } else {
        Some(bytes)
    }
}

/// A new Java byte[] holding `bytes`, or null with an OutOfMemoryError pending.
unsafe fn new_byte_array(env: Env, bytes: &[u8]) -> JObject {
    let len = bytes.len() as i32;
    let array = function::<unsafe extern "system" fn(Env, i32) -> JObject>(env, NEW_BYTE_ARRAY)(env, len);
    if array.is_null() {
        return null_mut();
    }
    function::<unsafe extern "system" fn(Env, JObject, i32, i32, *const u8)>(env, SET_BYTE_ARRAY_REGION)(env, array, 0, len, bytes.as_ptr());
    array
}

/// Throws a `java.lang.IllegalStateException`; the message is made plain ASCII (ThrowNew reads
/// modified UTF-8).
unsafe fn throw_illegal_state(env: Env, message: &str) {
    if exception_pending(env) {
        return;
    }
    let mut text: Vec<u8> = message.bytes().map(|b| if (0x20..0x7F).contains(&b) { b } else { b'?' }).collect();
    text.push(0);
    let class = function::<unsafe extern "system" fn(Env, *const c_char) -> JObject>(env, FIND_CLASS)(env, c"java/lang/IllegalStateException".as_ptr());
    if !class.is_null() {
        function::<unsafe extern "system" fn(Env, JObject, *const c_char) -> i32>(env, THROW_NEW)(env, class, text.as_ptr() as *const c_char);
    }
}

/// `static native byte[] count(byte[] paths, int n, int mode, int threads)` of
/// `wordbench.impls.rust.RustJni`: NUL-terminated path bytes in, one `wire` reply out.
///
/// # Safety
/// Called by the JVM only: `env` is the current thread's JNIEnv*, `paths` a live byte[].
#[no_mangle]
pub unsafe extern "system" fn Java_wordbench_impls_rust_RustJni_count(env: Env, _class: JObject, paths: JObject, n: i32, mode: i32, threads: i32) -> JObject {
    let outcome = catch_unwind(AssertUnwindSafe(|| unsafe {
        match read_byte_array(env, paths) {
            Some(paths) => new_byte_array(env, &wire::respond(&paths, n, mode, threads)),
            None => null_mut(),
        }
    }));
    outcome.unwrap_or_else(|payload| {
        // SAFETY: env is still the JVM's; only a panic in the glue itself lands here.
        unsafe { throw_illegal_state(env, &format!("rust panic in JNI glue: {}", wire::panic_message(payload.as_ref()))) };
        null_mut()
    })
}

/// `static native long release()` of `wordbench.impls.rust.RustJni`: frees what the counts keep
/// between calls (every thread's), returns the bytes freed.
#[no_mangle]
pub extern "system" fn Java_wordbench_impls_rust_RustJni_release(_env: Env, _class: JObject) -> i64 {
    catch_unwind(crate::count::release_kept_memory).map_or(0, |freed| freed as i64)
}

/// `static native long keptBytes()` of `wordbench.impls.rust.RustJni`: bytes kept between calls now.
#[no_mangle]
pub extern "system" fn Java_wordbench_impls_rust_RustJni_keptBytes(_env: Env, _class: JObject) -> i64 {
    catch_unwind(crate::count::kept_bytes).map_or(0, |kept| kept as i64)
}

/// `static native int jni(int x)` of `wordbench.impls.rust.DoubleCall`.
#[no_mangle]
pub extern "system" fn Java_wordbench_impls_rust_DoubleCall_jni(_env: Env, _class: JObject, x: i32) -> i32 {
    catch_unwind(|| wire::double(x)).unwrap_or(0)
}
