import LambdaSim

/// The checks of ``ParameterCheck``, made where the CLI makes them.
enum ParameterChecks {
    /// Checks on the value as typed (the CLI's `process-cli-arg` handlers and customized arguments):
    /// `--zip-file` must be a zip archive read with `fileb://`; `--code` must not carry `ZipFile`.
    /// They run before the value is read, as the CLI's do (before blobs are decoded).
    static func beforeReading(_ raw: RawArgument, parameter: AWSParameter, files: FileAccess) throws(ValueError) {
        for check in parameter.checks {
            if case .notSimulated(let message) = check {
                if case .flag(false) = raw { continue }
                throw .plain(message, exitStatus: AWSExitStatus.generalError)
            }
            if case .tailSince = check, case .word(let word) = raw, TailSince.offset(word) == nil, TailSince.instant(word) == nil {
                throw .plain("Invalid timestamp \"\(word)\": Unknown string format: \(word)", exitStatus: AWSExitStatus.generalError)
            }
            if case .rejectsMember(let member, let message) = check, case .word(let word) = raw,
               mentions(member, in: word, files: files) {
                throw .plain(message, exitStatus: AWSExitStatus.generalError)
            }
            if case .existingFile = check, case .word(let word) = raw, case .failure = files.read(word) {
                throw .parameter("Blob values must be a path to a file.")
            }
            guard case .zipArchive(let message) = check, case .word(let word) = raw else { continue }
            var bytes = Array(word.utf8)
            if let loaded = ParamFile.load(word, files: files) {
                switch loaded {
                case .failure(let error): throw .parameter(error.message)
                case .success(.bytes(let contents)): bytes = contents
                case .success(.text(let text)): bytes = Array(text.utf8)
                }
            }
            guard isZipArchive(bytes) else { throw .plain(message, exitStatus: AWSExitStatus.generalError) }
        }
    }

    /// Whether a structure value, as typed (JSON or shorthand, possibly from `file://`), sets `member`.
    private static func mentions(_ member: String, in word: String, files: FileAccess) -> Bool {
        var text = word
        if case .success(let contents)? = ParamFile.load(word, files: files) { text = contents.text }
        if text.trimmingPythonSpace().hasPrefix("{") {
            return (try? JSONValue(parsing: text))?[member] != nil
        }
        if case .object(let pairs)? = try? ShorthandParser.parse(text) { return pairs.contains { $0.key == member } }
        return false
    }

    /// Whether `bytes` end with a zip "end of central directory" record (within the 64 KiB a
    /// trailing comment may take), which is what Python's `zipfile` looks for first.
    static func isZipArchive(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 22 else { return false }
        let earliest = max(0, bytes.count - 22 - 65_535)
        var index = bytes.count - 22
        while index >= earliest {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05, bytes[index + 3] == 0x06 { return true }
            index -= 1
        }
        return false
    }
}

extension JSONValue {
    /// Sets `value` at the member path `path`, creating objects on the way and merging into
    /// existing ones (the CLI's `parameters[name].update(...)`).
    mutating func merge(_ value: JSONValue, at path: ArraySlice<String>) {
        guard let first = path.first else {
            if case .object(let incoming) = value, case .object(var existing) = self {
                for member in incoming { existing[member.key] = member.value }
                self = .object(existing)
            } else {
                self = value
            }
            return
        }
        guard case .object(var object) = self else { return }
        var child = object[first] ?? .object([:])
        child.merge(value, at: path.dropFirst())
        object[first] = child
        self = .object(object)
    }
}
