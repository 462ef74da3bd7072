// The effects a program can have, all supplied by the embedder: clock, randomness, files, environment.
import Synchronization

/// A source of (simulated) time. `time.time()`, `datetime.now()` and `time.sleep()` go through it.
public protocol ClockProvider: Sendable {
    /// Seconds since the Unix epoch.
    func now() -> Double
    /// Advances the clock; called by `time.sleep` (nothing ever sleeps for real).
    func advance(seconds: Double)
}

/// A clock that starts at a fixed instant and moves only when advanced.
public final class SimulatedClock: ClockProvider {
    private let state: Mutex<Double>
    /// - Parameter start: seconds since the Unix epoch (default 2024-01-01T00:00:00Z).
    public init(start: Double = 1_704_067_200) { state = Mutex(start) }
    public func now() -> Double { state.withLock { $0 } }
    public func advance(seconds: Double) { state.withLock { $0 += seconds } }
    /// Sets the clock to `seconds` since the Unix epoch (an embedder syncing it with its own simulated clock).
    public func set(seconds: Double) { state.withLock { $0 = seconds } }
}

/// A small in-memory filesystem: writable directories (e.g. `/tmp`) and read-only ones (e.g. `/var/task`).
/// Nothing outside the configured roots exists. Safe to share between interpreters (one per execution environment).
public final class VirtualFileSystem: Sendable {
    struct State {
        var files: [String: [UInt8]] = [:]
        var directories: Set<String> = ["/"]
        var writableRoots: [String] = []
        var readOnlyRoots: [String] = []
        var bytesUsed = 0
        var capacity = 512 * 1024 * 1024
    }
    let state = Mutex(State())

    /// - Parameters:
    ///   - writable: directories the program may write under (default `/tmp`).
    ///   - readOnly: directories holding read-only files (default `/var/task`).
    public init(writable: [String] = ["/tmp"], readOnly: [String] = ["/var/task"]) {
        state.withLock { s in
            s.writableRoots = writable
            s.readOnlyRoots = readOnly
            for root in writable + readOnly { Self.addDirectoryChain(root, &s) }
        }
    }

    static func addDirectoryChain(_ path: String, _ s: inout State) {
        var p = ""
        for part in path.split(separator: "/") { p += "/" + part; s.directories.insert(p) }
    }

    /// Adds a read-only file (e.g. the function's code under /var/task).
    public func addReadOnlyFile(_ path: String, contents: [UInt8]) {
        state.withLock { s in
            s.files[path] = contents
            Self.addDirectoryChain(String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]), &s)
        }
    }

    /// The contents of a file, if it exists.
    public func contents(of path: String) -> [UInt8]? { state.withLock { $0.files[Self.normalize(path)] } }

    /// Paths of every file, sorted.
    public var allFiles: [String] { state.withLock { $0.files.keys.sorted() } }

    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for p in path.split(separator: "/") {
            if p == "." || p.isEmpty { continue }
            if p == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(p)
        }
        return "/" + parts.joined(separator: "/")
    }

    enum Failure: Error { case notFound, exists, permission, isDirectory, notDirectory, noSpace }

    func isWritable(_ path: String, _ s: State) -> Bool {
        s.writableRoots.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    func read(_ path: String) throws(Failure) -> [UInt8] {
        let p = Self.normalize(path)
        return try state.withLock { s throws(Failure) in
            if s.directories.contains(p) { throw .isDirectory }
            guard let f = s.files[p] else { throw .notFound }
            return f
        }
    }

    func write(_ path: String, _ data: [UInt8], append: Bool, exclusive: Bool = false) throws(Failure) {
        let p = Self.normalize(path)
        try state.withLock { s throws(Failure) in
            let parent = String(p[..<(p.lastIndex(of: "/") ?? p.startIndex)])
            if !isWritable(p, s) { throw s.files[p] != nil || s.directories.contains(parent.isEmpty ? "/" : parent) ? .permission : .notFound }
            if s.directories.contains(p) { throw .isDirectory }
            if !s.directories.contains(parent.isEmpty ? "/" : parent) { throw .notFound }
            if exclusive && s.files[p] != nil { throw .exists }
            let old = s.files[p]?.count ?? 0
            let new = append ? (s.files[p] ?? []) + data : data
            if s.bytesUsed - old + new.count > s.capacity { throw .noSpace }
            s.bytesUsed += new.count - old
            s.files[p] = new
        }
    }

    func exists(_ path: String) -> (file: Bool, dir: Bool) {
        let p = Self.normalize(path)
        return state.withLock { ($0.files[p] != nil, $0.directories.contains(p)) }
    }

    func list(_ path: String) throws(Failure) -> [String] {
        let p = Self.normalize(path)
        return try state.withLock { s throws(Failure) in
            guard s.directories.contains(p) else { throw s.files[p] != nil ? .notDirectory : .notFound }
            let prefix = p == "/" ? "/" : p + "/"
            var names = Set<String>()
            for f in s.files.keys where f.hasPrefix(prefix) { names.insert(String(f.dropFirst(prefix.count).split(separator: "/")[0])) }
            for d in s.directories where d.hasPrefix(prefix) && d != p { names.insert(String(d.dropFirst(prefix.count).split(separator: "/")[0])) }
            return names.sorted()
        }
    }

    func makeDirectory(_ path: String, parents: Bool, existOK: Bool) throws(Failure) {
        let p = Self.normalize(path)
        try state.withLock { s throws(Failure) in
            if !isWritable(p, s) { throw .permission }
            if s.directories.contains(p) { if existOK { return }; throw .exists }
            if s.files[p] != nil { throw .exists }
            let parent = String(p[..<(p.lastIndex(of: "/") ?? p.startIndex)])
            if !s.directories.contains(parent.isEmpty ? "/" : parent) && !parents { throw .notFound }
            Self.addDirectoryChain(p, &s)
        }
    }

    func remove(_ path: String, directory: Bool) throws(Failure) {
        let p = Self.normalize(path)
        try state.withLock { s throws(Failure) in
            if !isWritable(p, s) { throw s.files[p] != nil ? .permission : .notFound }
            if directory {
                guard s.directories.contains(p) else { throw .notFound }
                if s.files.keys.contains(where: { $0.hasPrefix(p + "/") }) || s.directories.contains(where: { $0.hasPrefix(p + "/") }) { throw .exists }
                s.directories.remove(p)
            } else {
                if s.directories.contains(p) { throw .isDirectory }
                guard let f = s.files.removeValue(forKey: p) else { throw .notFound }
                s.bytesUsed -= f.count
            }
        }
    }
}

/// Deterministic pseudo-random numbers (xoshiro256**), seeded by the embedder.
package struct SeededRandom {
    var s: (UInt64, UInt64, UInt64, UInt64)
    package init(seed: UInt64) {
        var x = seed
        func next() -> UInt64 {
            x &+= 0x9e3779b97f4a7c15
            var z = x
            z = (z ^ (z >> 30)) &* 0xbf58476d1ce4e5b9
            z = (z ^ (z >> 27)) &* 0x94d049bb133111eb
            return z ^ (z >> 31)
        }
        s = (next(), next(), next(), next())
    }
    package mutating func next() -> UInt64 {
        let result = ((s.1 &* 5) << 7 | (s.1 &* 5) >> 57) &* 9
        let t = s.1 << 17
        s.2 ^= s.0; s.3 ^= s.1; s.1 ^= s.2; s.0 ^= s.3
        s.2 ^= t
        s.3 = (s.3 << 45) | (s.3 >> 19)
        return result
    }
    /// Uniform in [0, 1).
    package mutating func nextDouble() -> Double { Double(next() >> 11) * 0x1.0p-53 }
    /// Uniform in [0, n).
    package mutating func below(_ n: UInt64) -> UInt64 {
        if n == 0 { return 0 }
        let limit = UInt64.max - UInt64.max % n
        while true { let r = next(); if r < limit { return r % n } }
    }
}

package final class HostServices {
    package let clock: any ClockProvider
    package var random: SeededRandom
    package let filesystem: VirtualFileSystem
    package var environment: [(String, String)]
    package var stepBudget: Int?
    package var deadlineSeconds: Double?
    package var nanosecondsPerStep: Int
    package var sleptSeconds = 0.0
    package var startTime: Double
    package var deadlineHit = false

    package init(clock: any ClockProvider, seed: UInt64, filesystem: VirtualFileSystem, environment: [(String, String)],
                 stepBudget: Int?, deadlineSeconds: Double?, nanosecondsPerStep: Int) {
        self.clock = clock
        self.random = SeededRandom(seed: seed)
        self.filesystem = filesystem
        self.environment = environment
        self.stepBudget = stepBudget
        self.deadlineSeconds = deadlineSeconds
        self.nanosecondsPerStep = nanosecondsPerStep
        self.startTime = clock.now()
    }

    /// The step count at which the program must stop (budget or virtual deadline).
    package func stepLimit() -> Int {
        var limit = stepBudget ?? Int.max
        if let d = deadlineSeconds, nanosecondsPerStep > 0 {
            let remaining = d - sleptSeconds
            let steps = remaining <= 0 ? 0 : remaining * 1e9 / Double(nanosecondsPerStep)
            if steps < Double(limit) { limit = Int(steps) }
        }
        return limit
    }

    package func deadlineReached(steps: Int) -> Bool {
        if deadlineHit { return true }
        guard let d = deadlineSeconds else { return false }
        let elapsed = sleptSeconds + Double(steps) * Double(nanosecondsPerStep) / 1e9
        return elapsed >= d && (stepBudget.map { steps <= $0 } ?? true)
    }

    /// Current virtual time: the clock plus the time the steps so far took.
    package func now(steps: Int) -> Double {
        clock.now() + Double(steps) * Double(nanosecondsPerStep) / 1e9
    }
}
