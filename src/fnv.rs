//! FNV-1a, the hasher of the id tables in `data` and `rubric`: ids are short and not chosen
//! by an adversary who gains anything from collisions, and it hashes them several times
//! faster than the default SipHash.

/// A hasher for `HashMap`s of ids: `HashMap<K, V, FnvBuild>`.
pub type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

pub struct Fnv(u64);

impl Default for Fnv {
    /// FNV's offset basis.
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The hash of one id.
pub fn hash(id: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = Fnv::default();
    h.write(id.as_bytes());
    h.finish()
}
