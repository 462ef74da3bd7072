/// Earlier worlds, for `undo`: because ``World`` is a value, undo is keeping copies.
///
///     var history = WorldHistory()
///     history.record(world)          // before a command that changes the world
///     world = history.undo() ?? world
///
/// Copies share storage until they differ (Swift's copy-on-write collections), so keeping a few dozen is cheap.
public struct WorldHistory: Sendable {
    /// How many steps `undo` can go back.
    public static let defaultDepth = 50

    public let depth: Int
    private var earlier: [World] = []

    public init(depth: Int = WorldHistory.defaultDepth) {
        precondition(depth > 0, "an undo history needs room for one world")
        self.depth = depth
    }

    /// Remembers `world` as it was before a change. The oldest copy is dropped past ``depth``.
    public mutating func record(_ world: World) {
        earlier.append(world)
        if earlier.count > depth { earlier.removeFirst(earlier.count - depth) }
    }

    /// The world before the most recent recorded change, or `nil` when there is nothing to undo.
    public mutating func undo() -> World? { earlier.popLast() }

    /// How many `undo` steps are available.
    public var count: Int { earlier.count }

    public mutating func removeAll() { earlier.removeAll() }
}
