import Foundation
import Testing
@testable import LambdaSim

@Suite("World snapshots and undo")
struct WorldSnapshotTests {
    static func busyWorld() throws -> World {
        var world = try Fixtures.worldWithFunction(seed: 42)
        try world.putRolePolicy(roleName: "lambda-ex", policyName: "todo", policyDocument: Fixtures.readTable)
        try world.createPolicy(CreatePolicyRequest(policyName: "TodoRead", policyDocument: Fixtures.readTable, description: "read"))
        try world.publishVersion(functionName: "my-function")
        world.clock.advance(by: .minutes(3))
        world.deliverLogLines(["START RequestId: 1 Version: 1"], groupName: "/aws/lambda/my-function", streamName: "s")
        world.recordCharge(durationMicroseconds: 15_740, initMicroseconds: 130_490, memoryMB: 128, architecture: .arm64)
        try world.createPolicyVersion(arn: "arn:aws:iam::123456789012:policy/TodoRead", policyDocument: Fixtures.readTable, setAsDefault: true)
        try world.assumeRole(named: "lambda-ex")
        return world
    }

    @Test("A saved world reads back equal to the original")
    func roundTrip() throws {
        let world = try Self.busyWorld()
        let restored = try World(snapshot: try world.snapshot())
        #expect(restored == world)
        #expect(restored.clock.now == world.clock.now)
    }

    @Test("A restored world continues with the same ids as the original")
    func sameFuture() throws {
        var world = try Self.busyWorld()
        var restored = try World(snapshot: try world.snapshot())
        #expect(world.random.uuid() == restored.random.uuid())
    }

    @Test("The same world always saves to the same bytes")
    func stableBytes() throws {
        #expect(try Self.busyWorld().snapshot() == Self.busyWorld().snapshot())
    }

    @Test("The last authorization decision is not saved")
    func decisionNotSaved() throws {
        var world = World()
        world.authorize(principal: world.callerPrincipal, action: "s3:ListBucket", resource: "*")
        #expect(world.lastAuthorization != nil)
        #expect(try World(snapshot: try world.snapshot()).lastAuthorization == nil)
    }

    @Test("A snapshot of another format version is refused")
    func otherFormat() throws {
        let text = String(decoding: try World().snapshot(), as: UTF8.self).replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 99")
        #expect(throws: DecodingError.self) { try World(snapshot: Data(text.utf8)) }
    }

    @Test("Undo goes back one change at a time")
    func undo() throws {
        var history = WorldHistory()
        var world = try Fixtures.worldWithRole()
        history.record(world)
        try world.createFunction(Fixtures.createRequest())
        history.record(world)
        try world.publishVersion(functionName: "my-function")
        let afterCreate = history.undo()
        #expect(afterCreate?.lambda.functions["my-function"]?.versions.isEmpty == true)
        let beforeCreate = history.undo()
        #expect(beforeCreate?.lambda.functions.isEmpty == true)
        #expect(history.undo() == nil)
    }

    @Test("Undo keeps at most its depth of earlier worlds")
    func undoDepth() {
        var history = WorldHistory(depth: 3)
        var world = World()
        for _ in 0..<5 {
            history.record(world)
            world.clock.advance(by: .seconds(1))
        }
        #expect(history.count == 3)
        #expect(history.undo()?.clock.now == VirtualClock.defaultStart.advanced(by: .seconds(4)))
    }

    @Test("A failed operation leaves the world unchanged")
    func failedOperationChangesNothing() throws {
        var world = try Fixtures.worldWithRole()
        let before = world
        _ = serviceError { () throws(ServiceError) in try world.createFunction(Fixtures.createRequest(runtime: "nodejs20.x")) }
        #expect(world == before)
    }

    @Test("The same seed and commands give the same world")
    func deterministic() throws {
        #expect(try Self.busyWorld() == Self.busyWorld())
    }
}
