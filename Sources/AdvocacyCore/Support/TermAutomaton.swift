/// An Aho–Corasick automaton over byte strings: finds every occurrence of every pattern in one pass
/// over a text, whatever the number of patterns. Built once; patterns are distinct and non-empty.
struct TermAutomaton: Sendable {
    /// The length in bytes of each pattern.
    let lengths: [Int]
    /// The states' edges, sorted by byte: the edges of state `s` are `first[s]..<first[s + 1]`.
    private let first: [Int32]
    private let labels: [UInt8]
    private let targets: [Int32]
    /// The root's edge for every byte (0 for none), as most bytes of a text leave the root.
    private let root: [Int32]
    private let fail: [Int32]
    /// The pattern a state ends, or -1.
    private let ends: [Int32]
    /// The nearest state along the failure links that ends a pattern, or 0.
    private let nextEnd: [Int32]

    package init(_ patterns: [[UInt8]]) {
        lengths = patterns.map(\.count)
        // The trie, built from the patterns in sorted order, so that each state's children come in
        // order of their byte and a new child is always its parent's last.
        var label: [UInt8] = [0], firstChild: [Int32] = [-1], lastChild: [Int32] = [-1], sibling: [Int32] = [-1]
        var ending: [Int32] = [-1]
        var path: [Int32] = [0], previous: [UInt8] = []
        for index in patterns.indices.sorted(by: { patterns[$0].lexicographicallyPrecedes(patterns[$1]) }) {
            let pattern = patterns[index]
            var common = 0
            while common < pattern.count && common < previous.count && pattern[common] == previous[common] { common += 1 }
            path.removeSubrange((common + 1)...)
            for depth in common..<pattern.count {
                let state = Int32(label.count), parent = Int(path[depth])
                label.append(pattern[depth])
                firstChild.append(-1)
                lastChild.append(-1)
                sibling.append(-1)
                ending.append(-1)
                if lastChild[parent] < 0 { firstChild[parent] = state } else { sibling[Int(lastChild[parent])] = state }
                lastChild[parent] = state
                path.append(state)
            }
            ending[Int(path[pattern.count])] = Int32(index)
            previous = pattern
        }

        // Numbered breadth first, so that each state's edges are one run and every state comes after
        // its failure link.
        let count = label.count
        var order: [Int32] = [0]
        order.reserveCapacity(count)
        var first = [Int32](repeating: 0, count: count + 1), labels: [UInt8] = [], targets: [Int32] = []
        labels.reserveCapacity(count)
        targets.reserveCapacity(count)
        var ends = [Int32](repeating: -1, count: count)
        var head = 0
        while head < order.count {
            let old = Int(order[head])
            ends[head] = ending[old]
            first[head] = Int32(labels.count)
            var child = firstChild[old]
            while child >= 0 {
                labels.append(label[Int(child)])
                targets.append(Int32(order.count))
                order.append(child)
                child = sibling[Int(child)]
            }
            head += 1
        }
        first[count] = Int32(labels.count)
        var root = [Int32](repeating: 0, count: 256)
        for k in Int(first[0])..<Int(first[1]) { root[Int(labels[k])] = targets[k] }

        // Failure links: a state's link is the longest proper suffix of its path that is a state.
        var fail = [Int32](repeating: 0, count: count)
        var nextEnd = [Int32](repeating: 0, count: count)
        for state in 1..<max(count, 1) {
            for k in Int(first[state])..<Int(first[state + 1]) {
                let byte = labels[k], child = Int(targets[k])
                var f = fail[state]
                var link: Int32 = 0
                while true {
                    if let next = Self.edge(from: f, byte, first, labels, targets, root) { link = next; break }
                    if f == 0 { break }
                    f = fail[Int(f)]
                }
                fail[child] = link
                nextEnd[child] = ends[Int(link)] >= 0 ? link : nextEnd[Int(link)]
            }
        }
        self.first = first
        self.labels = labels
        self.targets = targets
        self.root = root
        self.ends = ends
        self.fail = fail
        self.nextEnd = nextEnd
    }

    @inline(__always)
    private static func edge(from state: Int32, _ byte: UInt8, _ first: [Int32], _ labels: [UInt8], _ targets: [Int32],
                             _ root: [Int32]) -> Int32? {
        if state == 0 {
            let next = root[Int(byte)]
            return next == 0 ? nil : next
        }
        var low = Int(first[Int(state)]), high = Int(first[Int(state) + 1])
        while low < high {
            let middle = (low + high) / 2
            if labels[middle] < byte { low = middle + 1 } else { high = middle }
        }
        return low < Int(first[Int(state) + 1]) && labels[low] == byte ? targets[low] : nil
    }

    /// Calls `found` with each occurrence's pattern and the offset just past it, in the order the
    /// occurrences end. `byte(i)` is the text's `i`th byte as the patterns were written.
    package func scan(count: Int, byte: (Int) -> UInt8, _ found: (_ pattern: Int, _ end: Int) -> Void) {
        guard !lengths.isEmpty else { return }
        var state: Int32 = 0
        for i in 0..<count {
            let b = byte(i)
            while true {
                if let next = Self.edge(from: state, b, first, labels, targets, root) { state = next; break }
                if state == 0 { break }
                state = fail[Int(state)]
            }
            var end = ends[Int(state)] >= 0 ? state : nextEnd[Int(state)]
            while end != 0 {
                found(Int(ends[Int(end)]), i + 1)
                end = nextEnd[Int(end)]
            }
        }
    }
}
