extension Scaffold {
    /// A text `advocacy new` writes for the author to replace. The checks report it in a file that is
    /// no longer a draft.
    public enum Placeholder: String, CaseIterable, Sendable {
        /// The text of each share block.
        case shareText = "Skriv teksten her."
        /// A share item's body: the background for colleagues.
        case background = "Baggrund for kolleger: hvorfor historien er vigtig, talepunkter, og hvem man kan spørge."
        /// A story's body.
        case story = "Fortæl historien her."
        /// A guideline's body.
        case guideline = "Skriv retningslinjen her."
    }

    /// The `link` `advocacy new` writes in a share item, for the author to replace.
    public static let exampleLink = "https://www.example.dk/"
}
