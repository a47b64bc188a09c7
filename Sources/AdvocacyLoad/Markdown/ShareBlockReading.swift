import AdvocacyCore

extension ShareBlock {
    /// Reads `share <discipline> [platform]` and the text's prompts; nil without a discipline. What is
    /// wrong is reported at the block, a prompt's mistake at its place in the file.
    func read(diagnostics: inout Diagnostics) -> ShareText? {
        guard let discipline = arguments.first else {
            diagnostics.error(.shareBlockWithoutDiscipline, at: location)
            return nil
        }
        var platform = Platform.linkedin
        if arguments.count > 1 {
            let name = arguments[1]
            if let named = Platform(rawValue: name.lowercased()) {
                platform = named
            } else if let renamed = Platform.renamed(name) {
                diagnostics.error(.renamedPlatform(name: name, platform: renamed.rawValue, discipline: discipline), at: location)
            } else {
                let known = Platform.allCases.map(\.rawValue)
                diagnostics.error(.unknownPlatform(name: name, known: known,
                                                   suggestion: EditDistance.didYouMean(name.lowercased(), in: known)),
                                  at: location)
            }
        }
        if arguments.count > 2 {
            diagnostics.warning(.extraShareBlockWords(words: arguments[2...].joined(separator: " ")), at: location)
        }
        if text.allSatisfy(\.isWhitespace) {
            diagnostics.error(.emptyShareBlock, at: location)
        }
        let (prompts, mistakes) = SharePrompts.read(text)
        for mistake in mistakes {
            let indent = mistake.line < indents.count ? indents[mistake.line] : 0
            diagnostics.error(mistake.kind.messageID, at: SourceLocation(file: location.file, line: location.line + 1 + mistake.line,
                                                                       column: indent + mistake.column + 1))
        }
        var shareText = ShareText(discipline: Located(discipline, at: location), platform: platform, text: text, location: location,
                                  length: PostLength.count(text, on: platform, link: nil), prompts: prompts)
        // Most blocks are not indented; their texts, kept for every item, keep no list of zeros.
        if indents.contains(where: { $0 != 0 }) { shareText.indents = indents }
        return shareText
    }
}
