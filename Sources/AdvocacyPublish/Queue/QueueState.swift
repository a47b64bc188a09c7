import Foundation
import AdvocacyCore

/// Where a share item stands at the build's `now`.
public enum QueueState: String, Sendable {
    /// Before `publish`: absent from every output file.
    case embargoed
    /// In the queue, with share actions.
    case active
    /// After `expires`: in the archive, without share actions.
    case expired
}

extension ShareItem {
    /// The item's state at `now`: active iff `publish <= now < expires`.
    public func state(at now: Date) -> QueueState {
        if let publish = publish?.value, now < publish { return .embargoed }
        if let expires = expires?.value, now >= expires { return .expired }
        return .active
    }
}

extension [ShareItem] {
    /// The next instant after `now` at which one of the items enters or leaves the queue.
    package func nextChange(after now: Date) -> Date? {
        instants.filter { $0 > now }.min()
    }

    /// Every instant after `now` at which one of the items enters or leaves the queue, in order, each once.
    package func changes(after now: Date) -> [Date] {
        Set(instants.filter { $0 > now }).sorted()
    }

    /// Every item's `publish` and `expires`, read in each item where it is, by index (an item taken out
    /// whole, as a closure or a loop over the items is handed it, would be copied).
    private var instants: [Date] {
        var instants: [Date] = []
        for index in indices {
            if let publish = self[index].publish?.value { instants.append(publish) }
            if let expires = self[index].expires?.value { instants.append(expires) }
        }
        return instants
    }
}
