import LambdaSim

/// Why one parameter's value could not be read. Rendered by ``AWSCommandLineError``.
enum ValueError: Error, Equatable {
    /// `Error parsing parameter '--x': message` (the CLI's `ParamError`).
    case parameter(String)
    /// A message printed as is (`Invalid base64: "..."`, Python's `ValueError` texts).
    case plain(String, exitStatus: Int32)
}

/// Reads one parameter's words into a JSON value, as the AWS CLI's `load-cli-arg` handlers do:
/// first `file://` / `fileb://`, then shorthand for structures, maps and lists of those (unless the
/// text starts with `{` or `[`, which is JSON), then scalars by type. Blobs are decoded according
/// to `--cli-binary-format` and kept as canonical base64 text.
struct ValueReader {
    var files: FileAccess
    var binaryFormat: BinaryFormat

    func read(_ raw: RawArgument, for parameter: AWSParameter) throws(ValueError) -> JSONValue {
        switch raw {
        case .flag(let value):
            return .bool(value)
        case .word(let word):
            return try read(word, shape: parameter.shape)
        case .words(let words):
            guard case .list(let member) = parameter.shape.kind else { return try read(words[0], shape: parameter.shape) }
            if words.count == 1 {
                let loaded = try loadParamFile(words[0])
                if case .bytes(let bytes) = loaded { return .array([try blobValue(.bytes(bytes))]) }
                let text = loaded.text
                if text.trimmingPythonSpace().hasPrefix("[") { return try json(text) }
                return .array([try read(text, shape: member, alreadyLoaded: true)])
            }
            var items: [JSONValue] = []
            for word in words { items.append(try read(word, shape: member)) }
            return .array(items)
        }
    }

    /// One word read as a value of `shape`.
    func read(_ word: String, shape: Shape, alreadyLoaded: Bool = false) throws(ValueError) -> JSONValue {
        let loaded = alreadyLoaded ? .text(word) : try loadParamFile(word)
        let text: String
        switch loaded {
        case .bytes(let bytes):
            if shape.kind == .blob { return try blobValue(.bytes(bytes)) }
            text = String(decoding: bytes, as: UTF8.self)
        case .text(let value):
            text = value
        }
        switch shape.kind {
        case .any:
            let trimmed = text.trimmingPythonSpace()
            return trimmed.hasPrefix("{") || trimmed.hasPrefix("[") ? try json(text) : .string(text)
        case .structure, .map, .list:
            let trimmed = text.trimmingPythonSpace()
            if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") {
                return try normalizingBlobs(json(text), shape: shape)
            }
            if shape.acceptsShorthand {
                let parsed: ShorthandValue
                do {
                    parsed = try ShorthandParser.parse(text, files: files)
                } catch {
                    throw .parameter(error.message)
                }
                return try typed(parsed, shape: shape)
            }
            if case .list(let member) = shape.kind { return .array([try read(text, shape: member, alreadyLoaded: true)]) }
            throw .parameter("Invalid JSON:\n\(text)")
        default:
            return try scalar(.string(text), shape: shape)
        }
    }

    /// A word that must be JSON (`--cli-input-json`), possibly from `file://`.
    func readJSON(_ word: String) throws(ValueError) -> JSONValue {
        try json(loadParamFile(word).text)
    }

    private func loadParamFile(_ word: String) throws(ValueError) -> ParamFileContents {
        guard let loaded = ParamFile.load(word, files: files) else { return .text(word) }
        switch loaded {
        case .success(let contents): return contents
        case .failure(let error): throw .parameter(error.message)
        }
    }

    private func json(_ text: String) throws(ValueError) -> JSONValue {
        do {
            return try JSONValue(parsing: text)
        } catch {
            throw .parameter("Invalid JSON: \(error.message)\nJSON received: \(text)")
        }
    }

    // MARK: Types from the shape

    /// Shorthand values get their types from the shape, as the CLI's `BackCompatVisitor` does:
    /// a single value where a list is expected becomes a one-item list, numbers are parsed,
    /// booleans only from `true`/`false`; anything else stays text for validation to report.
    func typed(_ value: ShorthandValue, shape: Shape) throws(ValueError) -> JSONValue {
        switch (shape.kind, value) {
        case (.structure(let members), .object(let pairs)):
            var object = JSONObject()
            for pair in pairs {
                if let member = members.first(where: { $0.name == pair.key }) {
                    object[pair.key] = try typed(pair.value, shape: member.shape)
                } else {
                    object[pair.key] = untyped(pair.value)
                }
            }
            return .object(object)
        case (.map(_, let valueShape), .object(let pairs)):
            var object = JSONObject()
            for pair in pairs { object[pair.key] = try typed(pair.value, shape: valueShape) }
            return .object(object)
        case (.list(let member), .list(let items)):
            var out: [JSONValue] = []
            for item in items { out.append(try typed(item, shape: member)) }
            return .array(out)
        case (.list(let member), _):
            return .array([try typed(value, shape: member)])
        case (_, .string(let text)):
            return try scalar(.string(text), shape: shape)
        case (.blob, .bytes(let bytes)):
            return try blobValue(.bytes(bytes))
        default:
            return untyped(value)
        }
    }

    private func untyped(_ value: ShorthandValue) -> JSONValue {
        switch value {
        case .string(let text): return .string(text)
        case .bytes(let bytes): return .string(String(decoding: bytes, as: UTF8.self))
        case .list(let items): return .array(items.map(untyped))
        case .object(let pairs): return .object(JSONObject(pairs.map { ($0.key, untyped($0.value)) }))
        }
    }

    /// A scalar from text: `int()` and `float()` with Python's messages, booleans from true/false.
    private func scalar(_ value: JSONValue, shape: Shape) throws(ValueError) -> JSONValue {
        guard case .string(let text) = value else { return value }
        switch shape.kind {
        case .integer, .long:
            return try PythonNumbers.int(text)
        case .double:
            return try PythonNumbers.float(text)
        case .boolean:
            switch text.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return value
            }
        case .blob:
            return try blobValue(.text(text))
        default:
            return value
        }
    }

    // MARK: Blobs

    enum BlobSource {
        case text(String)
        case bytes([UInt8])
    }

    /// A blob as the request carries it: base64 of its bytes. Text is base64 to decode (the v2
    /// default) or, with `raw-in-base64-out`, the bytes themselves; `fileb://` bytes are taken as they are.
    func blobValue(_ source: BlobSource) throws(ValueError) -> JSONValue {
        switch source {
        case .bytes(let bytes):
            return .string(Base64.encode(bytes))
        case .text(let text):
            switch binaryFormat {
            case .rawInBase64Out:
                return .string(Base64.encode(Array(text.utf8)))
            case .base64:
                // The CLI raises a plain RuntimeError here, so it exits with the general status.
                guard let bytes = Base64.pythonDecode(text) else {
                    throw .plain("Invalid base64: \"\(text)\"", exitStatus: AWSExitStatus.generalError)
                }
                return .string(Base64.encode(bytes))
            }
        }
    }

    /// JSON input (inline or `--cli-input-json`) keeps its types; only blob strings are decoded.
    func normalizingBlobs(_ value: JSONValue, shape: Shape) throws(ValueError) -> JSONValue {
        switch (shape.kind, value) {
        case (.blob, .string(let text)):
            return try blobValue(.text(text))
        case (.structure(let members), .object(let object)):
            var out = object
            for member in members {
                if let item = object[member.name] { out[member.name] = try normalizingBlobs(item, shape: member.shape) }
            }
            return .object(out)
        case (.map(_, let valueShape), .object(let object)):
            var out = JSONObject()
            for pair in object { out[pair.key] = try normalizingBlobs(pair.value, shape: valueShape) }
            return .object(out)
        case (.list(let member), .array(let items)):
            var out: [JSONValue] = []
            for item in items { out.append(try normalizingBlobs(item, shape: member)) }
            return .array(out)
        default:
            return value
        }
    }
}

extension ParamFileContents {
    var text: String {
        switch self {
        case .text(let text): return text
        case .bytes(let bytes): return String(decoding: bytes, as: UTF8.self)
        }
    }
}

extension String {
    /// Python's `str.strip()`.
    func trimmingPythonSpace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, ShorthandParser.isPythonSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, ShorthandParser.isPythonSpace(last) { scalars.removeLast() }
        return String(scalars)
    }
}
