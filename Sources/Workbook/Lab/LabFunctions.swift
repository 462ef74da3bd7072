import LambdaSim
import MiniPython

/// The native functions of `_lab`, by name. Each takes the positional arguments the Python half
/// passes (see ``LabPythonSource``) and returns plain values; a learner-facing problem (a bad
/// duration, a missing file) is a Python exception, which marks the check as an error.
enum LabFunctions {
    typealias Function = @Sendable (LabWorld, LabArguments) throws(NativeError) -> PythonValue

    static let all: [(String, Function)] = configuration + identity + clockAndFiles + invocation + data
}

// MARK: - Function configuration

extension LabFunctions {
    static let configuration: [(String, Function)] = [
        ("functions", { lab, _ throws(NativeError) in
            try lab.withWorld { world throws(NativeError) in .strings(world.lambda.sortedFunctions.map(\.name)) }
        }),
        ("function", { lab, arguments throws(NativeError) in
            let name = try arguments.string(0, "name")
            let qualifier = try arguments.optionalString(1, "qualifier")
            return try lab.withWorld { world throws(NativeError) in configuration(of: name, qualifier: qualifier, in: world) }
        }),
        ("versions", { lab, arguments throws(NativeError) in
            let name = try arguments.string(0, "name")
            return try lab.withWorld { world throws(NativeError) in
                .strings(world.lambda.functions[name]?.versions.map(\.version.description) ?? [])
            }
        }),
        ("aliases", { lab, arguments throws(NativeError) in
            let name = try arguments.string(0, "name")
            return try lab.withWorld { world throws(NativeError) in
                let aliases = (world.lambda.functions[name]?.aliases.values ?? [:].values).sorted { $0.name < $1.name }
                return .dict(aliases.map { alias in
                    var weights: [PythonValue.DictEntry] = []
                    if let extra = alias.additionalVersion {
                        weights.append(.init(.string(String(extra.version)), .float(extra.weight)))
                    }
                    return .init(.string(alias.name), .object([("version", .string(alias.functionVersion.description)),
                                                               ("weights", .dict(weights))]))
                })
            }
        }),
    ]

    /// A function version's configuration as the fields of `lab.Configuration`, or `None`.
    static func configuration(of name: String, qualifier: String?, in world: World) -> PythonValue {
        guard let function = world.lambda.functions[name],
              let configuration = try? world.getFunctionConfiguration(functionName: name, qualifier: qualifier) else { return .none }
        let version = configuration.version
        let environment = version.environmentVariables.map { PythonValue.DictEntry(.string($0.name), .string($0.value)) }
        let code = version.code.pythonSources.map { PythonValue.DictEntry(.string($0.path), .string($0.text)) }
        let policyKey = qualifier == nil || qualifier == "$LATEST" ? "" : qualifier!
        let policy = function.policies[policyKey].flatMap { $0.statements.isEmpty ? nil : $0.text }
        return .object([
            ("name", .string(version.functionName)),
            ("arn", .string(configuration.functionARN)),
            ("runtime", .string(version.runtime.rawValue)),
            ("handler", .string(version.handler)),
            ("role", .string(version.role)),
            ("memory_size", .int(version.memorySize)),
            ("timeout", .int(version.timeout)),
            ("environment", .dict(environment)),
            ("version", .string(version.version.description)),
            ("state", .string(version.state.rawValue)),
            ("reserved_concurrency", .optional(function.reservedConcurrency)),
            ("code", .dict(code)),
            ("resource_policy", .optional(policy)),
        ])
    }
}

// MARK: - The clock and the workspace

extension LabFunctions {
    static let clockAndFiles: [(String, Function)] = [
        ("now", { lab, _ throws(NativeError) in
            try lab.withWorld { world throws(NativeError) in
                .int(Int(world.clock.now.millisecondsSinceEpoch - world.configuration.start.millisecondsSinceEpoch))
            }
        }),
        ("now_iso", { lab, _ throws(NativeError) in
            try lab.withWorld { world throws(NativeError) in .string(world.clock.now.description) }
        }),
        ("advance", { lab, arguments throws(NativeError) in
            let duration: SimulatedDuration
            switch arguments.value(0) {
            case .int(let milliseconds) where milliseconds >= 0:
                duration = SimulatedDuration(milliseconds: Int64(milliseconds))
            case .string(let text):
                guard let parsed = SimulatedDuration(parsing: text) else {
                    throw NativeError(type: "ValueError",
                                      message: "lab.advance(): '\(text)' is not a duration; write '500ms', '90s', '2m', '1h' or a number of milliseconds")
                }
                duration = parsed
            default:
                throw NativeError(type: "ValueError", message: "lab.advance(): the duration must not be negative")
            }
            try lab.withWorldAndEnvironments { world, environments throws(NativeError) in
                LabClock.advance(&world, environments: environments, by: duration)
            }
            return .none
        }),
        ("files", { lab, _ throws(NativeError) in .strings(lab.workspace.allFilePaths()) }),
        ("exists", { lab, arguments throws(NativeError) in
            let path = try arguments.string(0, "path")
            return .bool((try? lab.workspace.read(path)) != nil)
        }),
        ("read", { lab, arguments throws(NativeError) in
            let path = try arguments.string(0, "path")
            do throws(WorkspaceError) {
                return .string(String(decoding: try lab.workspace.read(path), as: UTF8.self))
            } catch {
                let type = error.problem == .notFound ? "FileNotFoundError" : "OSError"
                throw NativeError(type: type, message: "lab.read(): \(error.description)")
            }
        }),
    ]
}

extension Workspace {
    /// Every file under the workspace, by relative path with `/`, sorted; hidden files left out.
    func allFilePaths() -> [String] {
        var paths: [String] = []
        func walk(_ directory: String) {
            guard let entries = try? list(directory) else { return }
            for entry in entries {
                let path = directory == "." ? entry.name : directory + "/" + entry.name
                if entry.isDirectory { walk(path) } else { paths.append(path) }
            }
        }
        walk(".")
        return paths.sorted()
    }
}
