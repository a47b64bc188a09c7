import AdvocacyCore

/// Finds, in a content file's text as written, the characters no output may hold
/// (`UnsafeCharacters`) and replaces each by a space, so later stages see clean text and lines and
/// columns stay where they were.
///
/// A NUL or a carriage return without a line feed is an error: a NUL hints at a file saved as UTF-16,
/// a lone carriage return at line ends an editor may show that the checks do not count. Every other
/// one (a vertical tab Word writes for a line break, a stray control character, a noncharacter) is
/// invisible, so removing it is kinder: a warning.
package enum CharacterScan {
    /// Findings listed one by one per file; the rest are summed up in one more.
    package static let listLimit = 20

    /// `text` with every unsafe character replaced by a space, each reported at its line and column of `file`.
    package static func clean(_ text: String, file: String, diagnostics: inout Diagnostics) -> String {
        guard UnsafeCharacters.contains(text) else { return text }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var line = 1, lineStart = 0, scanned = 0, listed = 0
            var rest = 0, restIsError = false, restLocation: SourceLocation?
            var next = UnsafeCharacters.firstOffset(in: buffer)
            while let offset = next {
                for index in scanned..<offset where buffer[index] == 10 {
                    line += 1
                    lineStart = index + 1
                }
                scanned = offset
                let window = UnsafeBufferPointer(rebasing: buffer[offset..<min(buffer.count, offset + 4)])
                let scalar = String(decoding: window, as: UTF8.self).unicodeScalars.first!
                let isError = scalar == "\0" || scalar == "\r"
                if listed < listLimit || restLocation == nil {
                    let column = String(decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<offset]), as: UTF8.self).count + 1
                    let location = SourceLocation(file: file, line: line, column: column)
                    if listed < listLimit {
                        listed += 1
                        if isError { diagnostics.error(message(scalar), at: location) } else { diagnostics.warning(message(scalar), at: location) }
                    } else {
                        restLocation = location
                    }
                }
                if restLocation != nil {
                    rest += 1
                    restIsError = restIsError || isError
                }
                next = UnsafeCharacters.firstOffset(in: buffer, from: offset + UTF8.width(scalar))
            }
            if let restLocation {
                if restIsError {
                    diagnostics.error(.moreUnsafeCharacters(count: rest), at: restLocation)
                } else {
                    diagnostics.warning(.moreInvisibleCharacters(count: rest), at: restLocation)
                }
            }
        }
        return UnsafeCharacters.replaced(text)
    }

    private static func message(_ scalar: Unicode.Scalar) -> Message {
        switch scalar {
        case "\0": Message(.nulCharacter)
        case "\r": Message(.loneCarriageReturn)
        case "\u{0B}": Message(.verticalTabReplaced)
        default: Message(.unsafeCharacterReplaced(character: UnsafeCharacters.name(of: scalar)))
        }
    }
}
