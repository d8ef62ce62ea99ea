//! Getting a file's bytes, and the errors every strategy reports the same way.

use std::fs::File;
use std::io::{self, Read};
use std::ops::Deref;
use std::path::Path;

/// Why a count failed; `file` is the index of the path in the caller's list.
#[derive(Debug, PartialEq, Eq)]
pub enum CountError {
    /// Offset of the first byte of the first ill-formed sequence (= `Utf8Error::valid_up_to`).
    InvalidUtf8 { file: usize, offset: u64 },
    NotFound { file: usize },
    Io { file: usize, message: String },
}

impl CountError {
    pub fn io(file: usize, e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::NotFound {
            return CountError::NotFound { file };
        }
        // "Is a directory (os error 21)" -> "Is a directory": the OS message, as Java words it.
        let mut message = e.to_string();
        if let Some(at) = message.find(" (os error ") {
            message.truncate(at);
        }
        CountError::Io { file, message }
    }
}

/// A whole file's bytes: memory-mapped when it is a regular file (no copy; the pages are
/// populated by the mmap call itself, which is cheaper than one page fault per 16 pages while
/// counting), else read.
pub enum FileBytes {
    Read(Vec<u8>),
    #[cfg(target_os = "linux")]
    Mapped(mapped::Mapping),
}

impl Deref for FileBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            FileBytes::Read(v) => v,
            #[cfg(target_os = "linux")]
            FileBytes::Mapped(m) => m,
        }
    }
}

/// Reads the whole file into memory (one read for a regular file).
pub fn read(path: &Path) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    read_into(path, &mut bytes)?;
    Ok(bytes)
}

/// Replaces `bytes` with the whole file, reusing its capacity.
pub fn read_into(path: &Path, bytes: &mut Vec<u8>) -> io::Result<()> {
    bytes.clear();
    let mut file = File::open(path)?;
    let size = file.metadata().map(|m| m.len() as usize).unwrap_or(0);
    bytes.reserve(size + 1);
    file.read_to_end(bytes)?;
    Ok(())
}

/// Maps a regular, non-empty file; reads anything else (pipes, /proc files, directories, which
/// then fail with the OS's message).
pub fn load(path: &Path) -> io::Result<FileBytes> {
    #[cfg(target_os = "linux")]
    {
        let file = File::open(path)?;
        let meta = file.metadata()?;
        if meta.is_file() && meta.len() > 0 {
            if let Some(m) = mapped::Mapping::of(&file, meta.len() as usize) {
                return Ok(FileBytes::Mapped(m));
            }
        }
    }
    read(path).map(FileBytes::Read)
}

#[cfg(target_os = "linux")]
pub mod mapped {
    //! mmap(2) through libc, which std links anyway: no crate needed.
    use std::ffi::{c_int, c_long, c_void};
    use std::fs::File;
    use std::ops::Deref;
    use std::os::unix::io::AsRawFd;

    extern "C" {
        fn mmap(addr: *mut c_void, len: usize, prot: c_int, flags: c_int, fd: c_int, offset: c_long) -> *mut c_void;
        fn munmap(addr: *mut c_void, len: usize) -> c_int;
    }
    const PROT_READ: c_int = 1;
    const MAP_PRIVATE: c_int = 2;
    const MAP_POPULATE: c_int = 0x8000;

    /// A read-only private mapping of a whole file, unmapped on drop. If another process
    /// truncates the file while it is mapped, reading past the new end faults (SIGBUS); wordbench
    /// counts files nobody is writing.
    pub struct Mapping {
        ptr: *const u8,
        len: usize,
    }

    // SAFETY: the mapping is read-only and owned; sharing it between threads is sharing a &[u8].
    unsafe impl Send for Mapping {}
    unsafe impl Sync for Mapping {}

    impl Mapping {
        pub fn of(file: &File, len: usize) -> Option<Mapping> {
            // SAFETY: a fresh read-only mapping of an open file; checked for MAP_FAILED.
            let ptr = unsafe { mmap(std::ptr::null_mut(), len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, file.as_raw_fd(), 0) };
            if ptr as isize == -1 {
                None
            } else {
                Some(Mapping { ptr: ptr as *const u8, len })
            }
        }
    }

    impl Deref for Mapping {
        type Target = [u8];
        fn deref(&self) -> &[u8] {
            // SAFETY: ptr..ptr+len is mapped readable for the life of self.
            unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
        }
    }

    impl Drop for Mapping {
        fn drop(&mut self) {
            // SAFETY: unmaps exactly what `of` mapped, once.
            unsafe {
                munmap(self.ptr as *mut c_void, self.len);
            }
        }
    }
}
