// Names the invoker will need when execution environments arrive: log streams and request ids, from the seed.

extension World {
    /// A new log stream name for an execution environment of `version`, as Lambda names them:
    /// `2026/01/01/[$LATEST]` + 32 lowercase hex digits (the version is a number or `$LATEST`, never an alias).
    public mutating func makeLogStreamName(for version: FunctionVersionID) -> String {
        "\(clock.now.logStreamDatePrefix)/[\(version)]\(random.hexDigits(32))"
    }

    /// A request id: a version-4 UUID from the world's seed.
    public mutating func makeRequestID() -> String { random.uuid() }
}
