// `aws lambda create-alias`, `get-alias`, `update-alias`, `delete-alias`, `list-aliases` (facts §6.3, issue 8).

/// `--routing-config AdditionalVersionWeights={"2"=0.1}` as given: version keys as text, weights as numbers.
public typealias AdditionalVersionWeights = [(version: String, weight: Double)]

extension World {
    static let aliasPattern = "(?!^[0-9]+$)([a-zA-Z0-9-_]+)"

    /// `arn:…:function:NAME:ALIAS`.
    public func aliasARN(functionName: String, alias: String) -> String { functionARN(functionName, qualifier: alias) }

    /// `aws lambda create-alias`.
    @discardableResult
    public mutating func createAlias(functionName: String, name: String, functionVersion: String, description: String = "",
                                     routing: AdditionalVersionWeights? = nil) throws(ServiceError) -> AliasConfiguration {
        let reference = try functionReference(functionName, usage: .modify, operation: "CreateAlias")
        var function = try existingFunction(reference)
        try checkAliasName(name)
        try FunctionValidation.checkDescription(description)
        let primary = try existingVersion(functionVersion, of: function)
        let additional = try checkRouting(routing, primary: primary, function: function)
        if function.aliases[name] != nil {
            throw .lambda(.resourceConflict, "Alias already exists: \(aliasARN(functionName: function.name, alias: name))")
        }
        let alias = FunctionAlias(name: name, functionVersion: primary, description: description, additionalVersion: additional,
                                  revisionID: random.uuid())
        function.aliases[name] = alias
        lambda.functions[function.name] = function
        return AliasConfiguration(alias: alias, aliasARN: aliasARN(functionName: function.name, alias: name))
    }

    /// `aws lambda get-alias`.
    public func getAlias(functionName: String, name: String) throws(ServiceError) -> AliasConfiguration {
        let reference = try functionReference(functionName, usage: .read, operation: "GetAlias")
        let function = try existingFunction(reference)
        let alias = try existingAlias(name, of: function)
        return AliasConfiguration(alias: alias, aliasARN: aliasARN(functionName: function.name, alias: name))
    }

    /// `aws lambda update-alias`: `nil` leaves a setting as it is; an empty routing list clears routing.
    @discardableResult
    public mutating func updateAlias(functionName: String, name: String, functionVersion: String? = nil, description: String? = nil,
                                     routing: AdditionalVersionWeights? = nil, revisionID: String? = nil) throws(ServiceError) -> AliasConfiguration {
        let reference = try functionReference(functionName, usage: .modify, operation: "UpdateAlias")
        var function = try existingFunction(reference)
        var alias = try existingAlias(name, of: function)
        if let revisionID, revisionID != alias.revisionID {
            throw .lambda(.preconditionFailed,
                          "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id")
        }
        if let description { try FunctionValidation.checkDescription(description); alias.description = description }
        if let functionVersion { alias.functionVersion = try existingVersion(functionVersion, of: function) }
        if let routing {
            alias.additionalVersion = try checkRouting(routing, primary: alias.functionVersion, function: function)
        } else if let additional = alias.additionalVersion {
            _ = try checkRouting([(String(additional.version), additional.weight)], primary: alias.functionVersion, function: function)
        }
        alias.revisionID = random.uuid()
        function.aliases[name] = alias
        lambda.functions[function.name] = function
        return AliasConfiguration(alias: alias, aliasARN: aliasARN(functionName: function.name, alias: name))
    }

    /// `aws lambda delete-alias`.
    public mutating func deleteAlias(functionName: String, name: String) throws(ServiceError) {
        let reference = try functionReference(functionName, usage: .modify, operation: "DeleteAlias")
        var function = try existingFunction(reference)
        _ = try existingAlias(name, of: function)
        function.aliases[name] = nil
        function.policies[name] = nil
        lambda.functions[function.name] = function
    }

    /// `aws lambda list-aliases`: sorted by name; `functionVersion` keeps aliases that send traffic to that version.
    public func listAliases(functionName: String, functionVersion: String? = nil) throws(ServiceError) -> [AliasConfiguration] {
        let reference = try functionReference(functionName, usage: .read, operation: "ListAliases")
        let function = try existingFunction(reference)
        return function.aliases.values.sorted { $0.name < $1.name }
            .filter { alias in functionVersion.map { wanted in alias.referencedVersions.contains { $0.description == wanted } } ?? true }
            .map { AliasConfiguration(alias: $0, aliasARN: aliasARN(functionName: function.name, alias: $0.name)) }
    }

    /// Chooses the version an invocation through `alias` runs: the primary, or the additional version with its
    /// weight's probability, drawn from the world's seed so the same session routes the same way every time.
    public mutating func routeInvocation(through alias: FunctionAlias) -> AliasRouting {
        guard let additional = alias.additionalVersion else {
            return AliasRouting(alias: alias.name, chosen: alias.functionVersion, draw: nil, additionalVersion: nil)
        }
        // 53 random bits give a uniform double in [0, 1).
        let draw = Double(random.next() >> 11) / Double(UInt64(1) << 53)
        let chosen: FunctionVersionID = draw < additional.weight ? .published(additional.version) : alias.functionVersion
        return AliasRouting(alias: alias.name, chosen: chosen, draw: draw, additionalVersion: additional)
    }

    // MARK: Checks

    func existingAlias(_ name: String, of function: LambdaFunction) throws(ServiceError) -> FunctionAlias {
        guard let alias = function.aliases[name] else {
            throw .lambda(.resourceNotFound, "Cannot find alias arn: \(aliasARN(functionName: function.name, alias: name))")
        }
        return alias
    }

    private func checkAliasName(_ name: String) throws(ServiceError) {
        if name.count > 128 {
            throw .lambdaValidation(value: name, field: "name", constraint: "Member must have length less than or equal to 128")
        }
        let allDigits = !name.isEmpty && name.allSatisfy(\.isASCIIDigit)
        if name.isEmpty || allDigits || !name.allSatisfy({ $0.isASCIILetterOrDigit || $0 == "-" || $0 == "_" }) {
            throw .lambdaValidation(value: name, field: "name", constraint: "Member must satisfy regular expression pattern: \(World.aliasPattern)")
        }
    }

    /// `$LATEST` or a published version that exists.
    private func existingVersion(_ text: String, of function: LambdaFunction) throws(ServiceError) -> FunctionVersionID {
        if text == "$LATEST" { return .latest }
        guard !text.isEmpty, text.count <= 1024, text.allSatisfy(\.isASCIIDigit) else {
            throw .lambdaValidation(value: text, field: "functionVersion", constraint: "Member must satisfy regular expression pattern: (\\$LATEST|[0-9]+)")
        }
        guard let number = Int(text), function.version(.published(number)) != nil else {
            throw .lambda(.resourceNotFound, "Function not found: \(functionARN(function.name, qualifier: text))")
        }
        return .published(number)
    }

    /// AWS's rules for `RoutingConfig`: one additional version at most, a weight in [0, 1], a published version other
    /// than the primary, and no routing when the primary is `$LATEST`.
    private func checkRouting(_ routing: AdditionalVersionWeights?, primary: FunctionVersionID,
                              function: LambdaFunction) throws(ServiceError) -> AdditionalVersionWeight? {
        guard let routing, !routing.isEmpty else { return nil }
        if routing.count > 1 {
            throw .lambda(.invalidParameterValue, "Number of items in AdditionalVersionWeights cannot be greater than 1")
        }
        let entry = routing[0]
        if !(0.0...1.0).contains(entry.weight) {
            let shown = "{\(entry.version)=\(AliasConfiguration.weightText(entry.weight))}"
            throw .lambdaValidation(value: shown, field: "routingConfig.additionalVersionWeights",
                                    constraint: "Map value must satisfy constraint: [Member must have value less than or equal to 1.0, "
                                        + "Member must have value greater than or equal to 0.0, Member must not be null]")
        }
        guard !entry.version.isEmpty, entry.version.allSatisfy(\.isASCIIDigit), let number = Int(entry.version) else {
            let shown = "{\(entry.version)=\(AliasConfiguration.weightText(entry.weight))}"
            throw .lambdaValidation(value: shown, field: "routingConfig.additionalVersionWeights",
                                    constraint: "Map keys must satisfy constraint: [Member must satisfy regular expression pattern: [0-9]+]")
        }
        if primary == .latest {
            throw .lambda(.invalidParameterValue, "$LATEST is not supported for an alias pointing to more than 1 version")
        }
        if primary == .published(number) {
            throw .lambda(.invalidParameterValue,
                          "Invalid function version \(number). Function version \(number) is already included in routing configuration.")
        }
        guard function.version(.published(number)) != nil else {
            throw .lambda(.resourceNotFound, "Function not found: \(functionARN(function.name, qualifier: entry.version))")
        }
        return AdditionalVersionWeight(version: number, weight: entry.weight)
    }
}
