/// A TOML table: its key/value members in the order the file defines them, with keyed lookup.
package struct TOMLTable: Hashable, Sendable {
    /// One key of a table, where the key is written, and its value.
    package struct Member: Hashable, Sendable {
        /// The key, quotes removed and escapes resolved.
        package let key: String
        /// Where the key (the part of a dotted key naming this member) first appears.
        package let keyPosition: TextPosition
        /// The member's value.
        package let value: TOMLValue
    }

    /// The members in definition order.
    package let members: [Member]
    // Keyed lookup stays O(1) for large tables; positions into `members`.
    private let index: [String: Int]

    /// Creates a table from members with distinct keys.
    package init(members: [Member]) {
        var index: [String: Int] = [:]
        index.reserveCapacity(members.count)
        for (offset, member) in members.enumerated() { index[member.key] = offset }
        self.members = members
        self.index = index
    }

    init(members: [Member], index: [String: Int]) {
        self.members = members
        self.index = index
    }

    /// The member named `key`, if any.
    package func member(_ key: String) -> Member? {
        guard let offset = index[key] else { return nil }
        return members[offset]
    }

    /// The value of `key`, if any.
    package subscript(key: String) -> TOMLValue? { member(key)?.value }

    /// The keys in definition order.
    package var keys: [String] { members.map(\.key) }

    /// Whether the table has no members.
    package var isEmpty: Bool { members.isEmpty }

    package static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool { lhs.members == rhs.members }

    package func hash(into hasher: inout Hasher) { hasher.combine(members) }
}
