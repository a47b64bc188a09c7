/// An Aho–Corasick automaton over byte strings: finds every occurrence of every pattern in one pass
/// over a text, whatever the number of patterns. Built once; patterns are distinct and non-empty.
///
/// The automaton is a full transition table: every state has its next state for every byte class
/// (the bytes the patterns hold, one class each, and one class for all other bytes), failure links
/// already followed, so reading a byte of a text is two table look-ups and a sign test, and one
/// look-up for a byte that starts no pattern where none is under way; where none is under way and
/// the patterns are long, the scan also jumps over places where none can start (`shifts`). With
/// `folding`, a text's bytes are read folded to lower case first (`folded(_:after:)`), as the
/// patterns are written. The table takes 4 bytes a state and class: a few kilobytes for a hub's
/// forbidden terms, 26 MB for 40,000 terms of 15 letters.
struct TermAutomaton: Sendable {
    /// The length in bytes of each pattern.
    let lengths: [Int]
    /// The class of each byte: `classes[b]` after any byte but 0xC3, `classes[256 + b]` after 0xC3,
    /// where a Latin-1 capital's second byte reads as its small letter's.
    private let classes: [Int32]
    /// The number of classes, the width of a row of `next`.
    private let width: Int
    /// The next state of each state for each class, `next[state * width + class]`, given as the
    /// start of its row, `state * width`; negated (`~`) when the state ends a pattern itself or along
    /// its failure links.
    private let next: [Int32]
    /// The pattern a state ends, or -1.
    private let ends: [Int32]
    /// The nearest state along the failure links that ends a pattern, or 0.
    private let nextEnd: [Int32]
    /// The first state at or after a state along the failure links that ends a pattern, or 0.
    private let output: [Int32]
    /// Whether a byte, read at the start state after any byte, leads to another state: the bytes a
    /// pattern can start with, in either case. `scan` passes over the others at the start state by
    /// this table alone, as most bytes of a text start no pattern.
    private let leaves: [Bool]
    /// The length of the shortest pattern.
    private let shortest: Int
    /// How far the scan may move on from a place where no pattern is under way, by the last two of
    /// the `shortest` bytes from there, each read with bit 0x20 set (`P` and `p` both as `p`), at
    /// `shifts[first << 8 | second]`: the fewest bytes that follow those two in the first `shortest`
    /// bytes of a pattern, or `shortest - 1` where no pattern's first bytes hold them (Wu and
    /// Manber's search). No pattern starts at the places passed over. Empty when the shortest
    /// pattern is under four bytes.
    private let shifts: [UInt8]

    /// `byte` lower-cased when it is an ASCII capital, or the second byte of a Latin-1 capital
    /// (`Æ`, `Ø`, `Å`, `É` …: 0xC3 then 0x80–0x9E, not 0x97, `×`) following `previous`.
    @inline(__always)
    static func folded(_ byte: UInt8, after previous: UInt8) -> UInt8 {
        if byte >= 65 && byte <= 90 { return byte + 32 }
        if byte >= 0x80 && byte <= 0x9E && byte != 0x97 && previous == 0xC3 { return byte + 0x20 }
        return byte
    }

    package init(_ patterns: [[UInt8]], folding: Bool) {
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

        // One class for each byte the patterns hold; class 0 for the rest.
        var classOfByte = [Int32](repeating: 0, count: 256)
        var width = 1
        for byte in label.dropFirst() where classOfByte[Int(byte)] == 0 {
            classOfByte[Int(byte)] = Int32(width)
            width += 1
        }
        var classes = [Int32](repeating: 0, count: 512)
        for byte in 0..<256 {
            let b = UInt8(byte)
            classes[byte] = classOfByte[Int(folding ? Self.folded(b, after: 0) : b)]
            classes[256 + byte] = classOfByte[Int(folding ? Self.folded(b, after: 0xC3) : b)]
        }

        // Numbered breadth first, so that every state comes after its failure link, whose row of
        // `next` is then complete: a class without an edge goes where the failure link's goes.
        let count = label.count
        var next = [Int32](repeating: 0, count: count * width)
        var ends = [Int32](repeating: -1, count: count)
        var fail = [Int32](repeating: 0, count: count)
        var nextEnd = [Int32](repeating: 0, count: count)
        var output = [Int32](repeating: 0, count: count)
        var order: [Int32] = [0]
        order.reserveCapacity(count)
        var head = 0
        while head < order.count {
            let old = Int(order[head]), row = head * width, failRow = Int(fail[head]) * width
            ends[head] = ending[old]
            if head > 0 {
                for k in 0..<width { next[row + k] = next[failRow + k] }
            }
            output[head] = ends[head] >= 0 ? Int32(head) : nextEnd[head]
            var child = firstChild[old]
            while child >= 0 {
                let state = Int32(order.count), k = Int(classOfByte[Int(label[Int(child)])])
                let link = head == 0 ? 0 : next[failRow + k]
                fail[Int(state)] = link
                nextEnd[Int(state)] = ending[Int(order[Int(link)])] >= 0 ? link : nextEnd[Int(link)]
                next[row + k] = state
                order.append(child)
                child = sibling[Int(child)]
            }
            head += 1
        }
        for k in next.indices {
            let start = next[k] * Int32(width)
            next[k] = output[Int(next[k])] != 0 ? ~start : start
        }
        // The start state's row is the first; no pattern is empty, so no byte ends one there.
        leaves = (0..<256).map { next[Int(classes[$0])] != 0 || next[Int(classes[256 + $0])] != 0 }
        // A byte of a text is read as a pattern's byte only where the two are the same with bit 0x20
        // set (a capital folded, ASCII or after 0xC3, differs from its small letter in that bit).
        let shortest = lengths.min() ?? 0
        var shifts: [UInt8] = []
        if shortest >= 4 {
            shifts = [UInt8](repeating: UInt8(min(shortest - 1, 255)), count: 65536)
            for pattern in patterns {
                for end in 2...shortest {
                    let pair = Int(pattern[end - 2] | 0x20) << 8 | Int(pattern[end - 1] | 0x20)
                    shifts[pair] = min(shifts[pair], UInt8(min(shortest - end, 255)))
                }
            }
        }
        self.shortest = shortest
        self.shifts = shifts
        self.classes = classes
        self.width = width
        self.next = next
        self.ends = ends
        self.nextEnd = nextEnd
        self.output = output
    }

    /// Each occurrence's pattern and the offset just past it, in the order the occurrences end, the
    /// longer first where two end together.
    package func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [(pattern: Int, end: Int)] {
        var found: [(pattern: Int, end: Int)] = []
        guard !lengths.isEmpty, let start = bytes.baseAddress else { return found }
        classes.withUnsafeBufferPointer { classes in
            next.withUnsafeBufferPointer { next in
                leaves.withUnsafeBufferPointer { leaves in
                    shifts.withUnsafeBufferPointer { shifts in
                        let classes = classes.baseAddress!, next = next.baseAddress!, leaves = leaves.baseAddress!
                        let stop = start + bytes.count
                        var at = start, row = 0, after = 0
                        scanning: while at < stop {
                            if row == 0 {
                                // At the start state no pattern is under way: the places where none can
                                // start are passed over, by `shifts` where they say so, else a byte that
                                // starts no pattern at a time; fewer bytes than the shortest pattern are
                                // left unread. Then the class of the next byte is read after the byte before it.
                                while true {
                                    guard stop - at >= shortest else { break scanning }
                                    if !shifts.isEmpty {
                                        let shift = shifts[Int(at[shortest - 2] | 0x20) << 8 | Int(at[shortest - 1] | 0x20)]
                                        if shift > 0 {
                                            at += Int(shift)
                                            continue
                                        }
                                    }
                                    if leaves[Int(at.pointee)] { break }
                                    at += 1
                                }
                                after = at > start && at[-1] == 0xC3 ? 256 : 0
                            }
                            let b = at.pointee
                            at += 1
                            let target = Int(next[row &+ Int(classes[after &+ Int(b)])])
                            after = b == 0xC3 ? 256 : 0
                            if target >= 0 {
                                row = target
                                continue
                            }
                            row = ~target
                            var end = output[row / width]
                            while end != 0 {
                                found.append((Int(ends[Int(end)]), at - start))
                                end = nextEnd[Int(end)]
                            }
                        }
                    }
                }
            }
        }
        return found
    }
}
