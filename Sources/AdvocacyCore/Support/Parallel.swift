import Dispatch

extension Array where Element: Sendable {
    /// Maps the elements on all cores, keeping their order.
    package func parallelMap<T: Sendable>(_ transform: @Sendable (Element) throws -> T) rethrows -> [T] {
        if count < 2 { return try map(transform) }
        return try withoutActuallyEscaping(transform) { transform in
            let results = UnsafeMutableBufferPointer<Result<T, Error>?>.allocate(capacity: count)
            results.initialize(repeating: nil)
            defer { results.deinitialize(); results.deallocate() }
            nonisolated(unsafe) let slots = results
            let input = self
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots[index] = Result { try transform(input[index]) }
            }
            return try results.map { try $0!.get() }
        }
    }
}
