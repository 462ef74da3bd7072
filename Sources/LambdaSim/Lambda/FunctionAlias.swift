// Aliases: named, movable pointers to a version, optionally splitting traffic with a second version.

/// A function alias such as `PROD`.
public struct FunctionAlias: Hashable, Sendable, Codable {
    public var name: String
    /// The primary version: `$LATEST` or a published number.
    public var functionVersion: FunctionVersionID
    public var description: String
    /// `RoutingConfig.AdditionalVersionWeights`: at most one other version and the share of traffic it gets.
    public var additionalVersion: AdditionalVersionWeight?
    public var revisionID: String

    package init(name: String, functionVersion: FunctionVersionID, description: String = "",
                 additionalVersion: AdditionalVersionWeight? = nil, revisionID: String) {
        self.name = name
        self.functionVersion = functionVersion
        self.description = description
        self.additionalVersion = additionalVersion
        self.revisionID = revisionID
    }

    /// The versions this alias sends traffic to.
    public var referencedVersions: [FunctionVersionID] {
        [functionVersion] + (additionalVersion.map { [FunctionVersionID.published($0.version)] } ?? [])
    }
}

/// One entry of `AdditionalVersionWeights`: `{"2": 0.1}`.
public struct AdditionalVersionWeight: Hashable, Sendable, Codable {
    public var version: Int
    /// 0.0–1.0: the share of invocations routed to ``version``.
    public var weight: Double

    public init(version: Int, weight: Double) {
        self.version = version
        self.weight = weight
    }
}

/// An alias as Lambda's API returns it (`create-alias`, `get-alias`, …).
public struct AliasConfiguration: Hashable, Sendable, ResponseConvertible {
    public let alias: FunctionAlias
    public let aliasARN: String

    public var response: ResponseValue {
        var out = ResponseBuilder()
        out.add("AliasArn", aliasARN)
        out.add("Name", alias.name)
        out.add("FunctionVersion", alias.functionVersion.description)
        out.add("Description", alias.description)
        if let additional = alias.additionalVersion {
            let weights = ResponseValue.object([ResponseMember(String(additional.version), .decimal(Self.weightText(additional.weight)))])
            out.add("RoutingConfig", .object([ResponseMember("AdditionalVersionWeights", weights)]))
        }
        out.add("RevisionId", alias.revisionID)
        return out.object
    }

    /// A weight as Python prints a float (`0.1`, `0.25`, `1.0`).
    static func weightText(_ weight: Double) -> String {
        let text = "\(weight)"
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }
}

/// Which version an invocation through an alias runs, and why (for `explain last`).
public struct AliasRouting: Hashable, Sendable, Codable {
    public let alias: String
    public let chosen: FunctionVersionID
    /// The draw in [0, 1) compared with the additional version's weight; `nil` without routing.
    public let draw: Double?
    public let additionalVersion: AdditionalVersionWeight?

    /// `PROD → 2 (draw 0.07 < weight 0.1)`, `PROD → 1`.
    public var explanation: String {
        guard let draw, let additionalVersion else { return "alias \(alias) points to version \(chosen)" }
        let comparison = draw < additionalVersion.weight ? "<" : "≥"
        return "alias \(alias) sent this invocation to version \(chosen): the seeded draw \(draw) \(comparison) the weight "
            + "\(AliasConfiguration.weightText(additionalVersion.weight)) of version \(additionalVersion.version)"
    }
}
