/// Reading a text eight bytes at a time, as the scans that find a few kinds of byte by arithmetic on
/// a whole word do (`HTML.appendEscaped`, `UnsafeCharacters.firstOffset`).
enum EightBytes {
    /// The eight bytes of `base` from `index` as one word, the first in the lowest byte; past
    /// `count`, spaces (which no such scan looks for).
    @inline(__always)
    static func word(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> UInt64 {
        var word: UInt64 = 0x2020_2020_2020_2020
        if index + 8 <= count {
            word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        } else {
            withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base + index, count: count - index)) }
        }
        return UInt64(littleEndian: word)
    }
}
