import ArchlintGraph

/// Finds the first byte that breaks UTF-8 well-formedness, so readers can work on bytes afterwards.
enum UTF8Check {
    /// The offset of the first byte of an ill-formed sequence (overlong forms, surrogates and
    /// values above U+10FFFF are ill-formed), or nil when every byte is well-formed.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let length = UTF8Sequence.validLength(buffer, at: index)
                if length == 0 { return index }
                index += length
            }
            return nil
        }
    }
}
