import Testing
@testable import LambdaSim

@Suite("Aliases")
struct AliasTests {
    /// `my-function` with versions 1 and 2.
    static func world() throws -> World {
        var world = try Fixtures.worldWithFunction()
        try world.publishVersion(functionName: "my-function")
        try world.updateFunctionConfiguration(UpdateFunctionConfigurationRequest(functionName: "my-function", timeout: 10))
        try world.publishVersion(functionName: "my-function")
        return world
    }

    @Test("create-alias answers with the alias shape and its ARN")
    func create() throws {
        var world = try Self.world()
        let alias = try world.createAlias(functionName: "my-function", name: "PROD", functionVersion: "1", description: "live")
        #expect(alias.response.keys == ["AliasArn", "Name", "FunctionVersion", "Description", "RevisionId"])
        #expect(alias.aliasARN == "arn:aws:lambda:us-east-1:123456789012:function:my-function:PROD")
        #expect(alias.response["FunctionVersion"] == .string("1"))
    }

    @Test("A weighted alias shows its routing configuration")
    func routingShape() throws {
        var world = try Self.world()
        let alias = try world.createAlias(functionName: "my-function", name: "PROD", functionVersion: "1", routing: [("2", 0.1)])
        #expect(alias.response["RoutingConfig"]?["AdditionalVersionWeights"]?["2"] == .decimal("0.1"))
        #expect(alias.json["RoutingConfig"]?["AdditionalVersionWeights"]?["2"]?.doubleValue == 0.1)
    }

    @Test("Alias rules and routing rules give AWS's messages", arguments: [
        ("123", "1", nil, "ValidationException", "1 validation error detected: Value '123' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)"),
        ("$LATEST", "1", nil, "ValidationException", "1 validation error detected: Value '$LATEST' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)"),
        ("PROD", "9", nil, "ResourceNotFoundException", "Function not found: arn:aws:lambda:us-east-1:123456789012:function:my-function:9"),
        ("PROD", "1", "two", "InvalidParameterValueException", "Number of items in AdditionalVersionWeights cannot be greater than 1"),
        ("PROD", "1", "heavy", "ValidationException", "1 validation error detected: Value '{2=1.5}' at 'routingConfig.additionalVersionWeights' failed to satisfy constraint: Map value must satisfy constraint: [Member must have value less than or equal to 1.0, Member must have value greater than or equal to 0.0, Member must not be null]"),
        ("PROD", "1", "self", "InvalidParameterValueException", "Invalid function version 1. Function version 1 is already included in routing configuration."),
        ("PROD", "$LATEST", "canary", "InvalidParameterValueException", "$LATEST is not supported for an alias pointing to more than 1 version"),
        ("PROD", "1", "missing", "ResourceNotFoundException", "Function not found: arn:aws:lambda:us-east-1:123456789012:function:my-function:7"),
    ] as [(String, String, String?, String, String)])
    func invalid(name: String, version: String, routing: String?, code: String, message: String) throws {
        var world = try Self.world()
        let weights: AdditionalVersionWeights? = switch routing {
        case "two": [("1", 0.1), ("2", 0.1)]
        case "heavy": [("2", 1.5)]
        case "self": [("1", 0.5)]
        case "canary": [("2", 0.1)]
        case "missing": [("7", 0.1)]
        default: nil
        }
        let error = serviceError { () throws(ServiceError) in
            try world.createAlias(functionName: "my-function", name: name, functionVersion: version, routing: weights)
        }
        #expect(error?.code == code)
        #expect(error?.message == message)
    }

    @Test("A second alias with the same name is refused")
    func duplicate() throws {
        var world = try Self.world()
        try world.createAlias(functionName: "my-function", name: "PROD", functionVersion: "1")
        let error = serviceError { () throws(ServiceError) in try world.createAlias(functionName: "my-function", name: "PROD", functionVersion: "2") }
        #expect(error?.code == "ResourceConflictException")
        #expect(error?.message == "Alias already exists: arn:aws:lambda:us-east-1:123456789012:function:my-function:PROD")
    }

    @Test("A missing alias cannot be found, in AWS's words")
    func missing() throws {
        let world = try Self.world()
        let error = serviceError { () throws(ServiceError) in try world.getAlias(functionName: "my-function", name: "BETA") }
        #expect(error?.code == "ResourceNotFoundException")
        #expect(error?.message == "Cannot find alias arn: arn:aws:lambda:us-east-1:123456789012:function:my-function:BETA")
    }

    @Test("update-alias moves the alias, sets and clears routing, and changes its RevisionId")
    func update() throws {
        var world = try Self.world()
        let created = try world.createAlias(functionName: "my-function", name: "PROD", functionVersion: "1")
        let canary = try world.updateAlias(functionName: "my-function", name: "PROD", routing: [("2", 0.1)])
        #expect(canary.alias.additionalVersion == AdditionalVersionWeight(version: 2, weight: 0.1))
        #expect(canary.alias.revisionID != created.alias.revisionID)
        let promoted = try world.updateAlias(functionName: "my-function", name: "PROD", functionVersion: "2", routing: [])
        #expect(promoted.alias.functionVersion == .published(2))
        #expect(promoted.alias.additionalVersion == nil)
        let stale = serviceError { () throws(ServiceError) in
            try world.updateAlias(functionName: "my-function", name: "PROD", description: "x", revisionID: created.alias.revisionID)
        }
        #expect(stale?.code == "PreconditionFailedException")
    }

    @Test("Moving the primary onto the canary version is refused")
    func primaryMeetsCanary() throws {
        var world = try Self.world()
        try world.createAlias(functionName: "my-function", name: "PROD", functionVersion: "1", routing: [("2", 0.1)])
        let error = serviceError { () throws(ServiceError) in try world.updateAlias(functionName: "my-function", name: "PROD", functionVersion: "2") }
        #expect(error?.message == "Invalid function version 2. Function version 2 is already included in routing configuration.")
    }

    @Test("A version an alias references cannot be deleted")
    func deleteReferencedVersion() throws {
        var world = try Self.world()
        try world.createAlias(functionName: "my-function", name: "live", functionVersion: "1", routing: [("2", 0.5)])
        for version in ["1", "2"] {
            let error = serviceError { () throws(ServiceError) in try world.deleteFunction(functionName: "my-function", qualifier: version) }
            #expect(error?.code == "ResourceConflictException")
            #expect(error?.httpStatus == 409)
            #expect(error?.message == "Unable to delete version because the following aliases reference it: [live]")
        }
        try world.deleteAlias(functionName: "my-function", name: "live")
        #expect(throws: Never.self) { try world.deleteFunction(functionName: "my-function", qualifier: "1") }
    }

    @Test("list-aliases is sorted and filters by the versions an alias routes to")
    func list() throws {
        var world = try Self.world()
        try world.createAlias(functionName: "my-function", name: "prod", functionVersion: "1", routing: [("2", 0.1)])
        try world.createAlias(functionName: "my-function", name: "beta", functionVersion: "2")
        try world.createAlias(functionName: "my-function", name: "dev", functionVersion: "$LATEST")
        #expect(try world.listAliases(functionName: "my-function").map(\.alias.name) == ["beta", "dev", "prod"])
        #expect(try world.listAliases(functionName: "my-function", functionVersion: "2").map(\.alias.name) == ["beta", "prod"])
    }

    @Test("A qualifier naming an alias reads the version it points to, with the alias ARN")
    func readThroughAlias() throws {
        var world = try Self.world()
        try world.createAlias(functionName: "my-function", name: "PROD", functionVersion: "1")
        let configuration = try world.getFunctionConfiguration(functionName: "my-function:PROD")
        #expect(configuration.response["Version"] == .string("1"))
        #expect(configuration.functionARN == "arn:aws:lambda:us-east-1:123456789012:function:my-function:PROD")
    }

    @Test("Weighted routing follows the weight and the seed: the same world routes the same way")
    func weightedRouting() throws {
        var world = try Self.world()
        let alias = try world.createAlias(functionName: "my-function", name: "PROD", functionVersion: "1", routing: [("2", 0.1)]).alias
        var copy = world
        let choices = (0..<2000).map { _ in world.routeInvocation(through: alias).chosen }
        let again = (0..<2000).map { _ in copy.routeInvocation(through: alias).chosen }
        #expect(choices == again)
        let canary = choices.filter { $0 == .published(2) }.count
        #expect((120...280).contains(canary))
    }

    @Test("Routing explains its choice")
    func routingExplanation() throws {
        var world = try Self.world()
        let plain = try world.createAlias(functionName: "my-function", name: "A", functionVersion: "1").alias
        #expect(world.routeInvocation(through: plain).explanation == "alias A points to version 1")
        let weighted = try world.createAlias(functionName: "my-function", name: "B", functionVersion: "1", routing: [("2", 1.0)]).alias
        let routing = world.routeInvocation(through: weighted)
        #expect(routing.chosen == .published(2))
        #expect(routing.explanation.hasPrefix("alias B sent this invocation to version 2: the seeded draw "))
    }

    @Test("Aliases survive a snapshot")
    func snapshot() throws {
        var world = try Self.world()
        try world.createAlias(functionName: "my-function", name: "PROD", functionVersion: "1", routing: [("2", 0.25)])
        #expect(try World(snapshot: try world.snapshot()) == world)
    }
}
