import Foundation
import LambdaSim

/// The worlds before each change, with the input that made it, for `undo`.
///
/// Only inputs that changed the world are kept: the session compares the world before and after each input
/// (``World`` is `Hashable`), leaving out the record of the last authorization decision, which is not part of the cloud.
struct UndoHistory {
    /// How many changes `undo` can take back.
    static let depth = WorldHistory.defaultDepth

    private var worlds = WorldHistory(depth: UndoHistory.depth)
    private var labels: [String] = []

    mutating func record(_ world: World, label: String) {
        worlds.record(world)
        labels.append(label)
        if labels.count > worlds.count { labels.removeFirst(labels.count - worlds.count) }
    }

    /// The world before the most recent change and the input that made it, or nil when there is nothing to undo.
    mutating func undo() -> (world: World, label: String)? {
        guard let world = worlds.undo(), let label = labels.popLast() else { return nil }
        return (world, label)
    }

    var count: Int { worlds.count }
}

extension Session {
    /// Commands that never go on the undo history themselves.
    static let unrecordedCommands: Set<String> = ["undo"]

    /// Remembers `before` for `undo` if the input changed the world.
    func recordChange(from before: World, input: String) {
        if let newest = world.lambda.invocations.last, newest != before.lambda.invocations.last {
            lastInvocation = (newest, world.lastAuthorization)
        }
        guard before.comparableForUndo != world.comparableForUndo else { return }
        undoHistory.record(before, label: Self.undoLabel(input))
    }

    /// The input as one line, as `undo` names it.
    static func undoLabel(_ input: String) -> String {
        let joined = input.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
        return Printable.truncated(joined.trimmingCharacters(in: .whitespaces), limit: 120)
    }
}

extension World {
    /// The world without the session's last authorization decision, which `undo` does not count as a change, and
    /// without the live environments' metadata (an environment expiring is not a command's doing).
    var comparableForUndo: World {
        var copy = self
        copy.lastAuthorization = nil
        copy.lambda.environments = [:]
        return copy
    }
}
