// `aws lambda publish-version` and `list-versions-by-function` (facts §6.2, issue 8).

extension World {
    /// `aws lambda publish-version`: snapshots `$LATEST` as the next number (from 1, never reused). When neither
    /// code nor configuration changed since the last published version, that version is returned instead.
    /// `codeSha256` and `revisionID` are preconditions on `$LATEST`.
    @discardableResult
    public mutating func publishVersion(functionName: String, codeSha256: String? = nil, description: String? = nil,
                                        revisionID: String? = nil) throws(ServiceError) -> FunctionConfiguration {
        let reference = try functionReference(functionName, usage: .modify, operation: "PublishVersion")
        var function = try existingFunction(reference)
        try checkRevision(revisionID, of: function.latest)
        if let codeSha256, codeSha256 != function.latest.code.codeSha256 {
            throw .lambda(.invalidParameterValue,
                          "CodeSHA256 (\(codeSha256)) is different from current CodeSHA256 in $LATEST (\(function.latest.code.codeSha256)). "
                          + "Please try again with the CodeSHA256 in $LATEST.")
        }
        if let description { try FunctionValidation.checkDescription(description) }
        if let last = function.versions.last, last.version == .published(function.nextVersionNumber - 1),
           last.hasSameContent(as: function.latest) {
            return FunctionConfiguration(version: last, functionARN: functionARN(function.name, qualifier: last.version.description))
        }
        var version = function.latest
        version.version = .published(function.nextVersionNumber)
        version.description = description ?? function.latest.description
        version.lastModified = clock.now
        version.revisionID = random.uuid()
        function.nextVersionNumber += 1
        function.versions.append(version)
        function.latest.revisionID = random.uuid()
        lambda.functions[function.name] = function
        return FunctionConfiguration(version: version, functionARN: functionARN(function.name, qualifier: version.version.description))
    }

    /// `aws lambda list-versions-by-function`: `$LATEST` then the published versions in order, each with its
    /// qualified ARN.
    public func listVersionsByFunction(functionName: String) throws(ServiceError) -> [FunctionConfiguration] {
        let reference = try functionReference(functionName, usage: .modify, operation: "ListVersionsByFunction")
        let function = try existingFunction(reference)
        return ([function.latest] + function.versions).map {
            FunctionConfiguration(version: $0, functionARN: functionARN(function.name, qualifier: $0.version.description))
        }
    }
}
