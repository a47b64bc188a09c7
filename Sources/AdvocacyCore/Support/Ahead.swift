import Foundation

/// A value worked out on a thread of its own from the moment it is made, for a stage that needs
/// it later to find it ready: the output folder's checks run while the content loads.
package final class Ahead<Value: Sendable>: Sendable {
    private let result = Locked<Value?>(nil)
    private let running = DispatchGroup()

    /// Begins working out `make()`.
    package init(_ make: @escaping @Sendable () -> Value) {
        running.enter()
        DispatchQueue.global().async { [result, running] in
            let value = make()
            result.withLock { $0 = value }
            running.leave()
        }
    }

    /// The value, once it is worked out.
    package var value: Value {
        running.wait()
        return result.withLock { $0 }!
    }
}
