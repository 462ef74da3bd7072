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

extension World {
    /// The variables a new execution environment of `version` sees in `os.environ`: Lambda's reserved ones (facts
    /// §1.6, values as the AWS docs list them), its unreserved defaults, then the function's own variables.
    /// Credentials are seeded look-alikes of an assumed-role session's temporary keys.
    public mutating func makeRuntimeEnvironment(for version: FunctionVersion, logStreamName: String) -> [EnvironmentVariable] {
        let base32 = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        let base64 = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        func draw(_ alphabet: [Character], _ count: Int) -> String {
            String((0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
        }
        let reserved: [(String, String)] = [
            ("AWS_LAMBDA_FUNCTION_VERSION", version.version.description),
            ("AWS_EXECUTION_ENV", "AWS_Lambda_\(version.runtime)"),
            ("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String(version.memorySize)),
            ("AWS_LAMBDA_FUNCTION_NAME", version.functionName),
            ("AWS_LAMBDA_LOG_GROUP_NAME", version.logGroup),
            ("AWS_LAMBDA_LOG_STREAM_NAME", logStreamName),
            ("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"),
            ("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001"),
            ("AWS_REGION", region.rawValue),
            ("AWS_DEFAULT_REGION", region.rawValue),
            ("AWS_ACCESS_KEY_ID", "ASIA" + draw(base32, 16)),
            ("AWS_SECRET_ACCESS_KEY", draw(base64, 40)),
            ("AWS_SESSION_TOKEN", "IQoJb3JpZ2luX2Vj" + draw(base64, 256)),
            ("_HANDLER", version.handler),
            ("LAMBDA_TASK_ROOT", "/var/task"),
            ("LAMBDA_RUNTIME_DIR", "/var/runtime"),
        ]
        let defaults: [(String, String)] = [
            ("LANG", "en_US.UTF-8"),
            ("TZ", ":UTC"),
            ("PATH", "/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin"),
            ("LD_LIBRARY_PATH", "/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib"),
            ("PYTHONPATH", "/var/runtime"),
        ]
        return (reserved + defaults).map { EnvironmentVariable($0.0, $0.1) } + version.environmentVariables
    }
}
