// Lambda runtimes: which exist, which this simulation runs (Python only), and how each is refused.

/// A Lambda runtime identifier such as `python3.12`.
public struct Runtime: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// The Python runtimes Lambda offers for new functions, oldest first. These are the ones simulated.
    public static let supportedPython: [Runtime] = ["python3.10", "python3.11", "python3.12", "python3.13", "python3.14"]
        .map(Runtime.init(rawValue:))

    /// Python runtimes Lambda no longer accepts for new or updated functions.
    public static let retiredPython: [Runtime] = ["python2.7", "python3.6", "python3.7", "python3.8", "python3.9"]
        .map(Runtime.init(rawValue:))

    /// Every runtime identifier Lambda's API knows (the enum the error message lists).
    public static let allKnown: [Runtime] = [
        "nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x",
        "java8", "java8.al2", "java11", "python2.7", "python3.6", "python3.7", "python3.8", "python3.9",
        "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet6", "dotnet8", "nodejs4.3-edge",
        "go1.x", "ruby2.5", "ruby2.7", "provided", "provided.al2", "nodejs18.x", "python3.10", "java17", "ruby3.2",
        "ruby3.3", "ruby3.4", "python3.11", "nodejs20.x", "provided.al2023", "python3.12", "java21", "python3.13",
        "nodejs22.x", "python3.14", "nodejs24.x", "java25", "dotnet10",
    ].map(Runtime.init(rawValue:))

    public var isSimulated: Bool { Runtime.supportedPython.contains(self) }

    /// Checks a `Runtime` parameter of a Zip function. Lambda's own refusals for unknown and retired runtimes;
    /// a plain statement for real runtimes this simulation does not run.
    static func validate(_ text: String) throws(ServiceError) -> Runtime {
        let runtime = Runtime(rawValue: text)
        if runtime.isSimulated { return runtime }
        let newest = supportedPython.last!.rawValue
        if retiredPython.contains(runtime) {
            throw .lambda(.invalidParameterValue,
                          "The runtime parameter of \(text) is no longer supported for creating or updating AWS Lambda functions. "
                          + "We recommend you use the new runtime (\(newest)) while creating or updating functions.")
        }
        if allKnown.contains(runtime) {
            let names = supportedPython.map(\.rawValue).joined(separator: ", ")
            throw .lambda(.invalidParameterValue,
                          "Runtime \(text) is not simulated here: only Python runtimes are simulated (\(names)).")
        }
        let names = allKnown.map(\.rawValue).joined(separator: ", ")
        throw .lambda(.invalidParameterValue,
                      "Value \(text) at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [\(names)] or be a valid ARN")
    }
}
