import AdvocacyCore

/// A forbidden term (hub.yml's `forbidden-terms`) in the address of a body's link or image, in its
/// web-address form (`projekt-nordlys`): the page publishes the address, in its `href` or `src`.
public struct AddressTerm: Sendable, Hashable {
    /// The term as hub.yml lists it.
    public var term: String
    /// The address as written.
    public var url: String
    /// Where the link is written.
    public var location: SourceLocation
}
