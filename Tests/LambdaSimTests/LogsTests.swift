import Testing
@testable import LambdaSim

@Suite("CloudWatch Logs")
struct LogsTests {
    static let group = "/aws/lambda/my-function"
    static let streamA = "2026/01/01/[$LATEST]aaaa"
    static let streamB = "2026/01/01/[$LATEST]bbbb"

    /// Two streams: A gets lines at 0 s and 2 s, B at 1 s.
    static func world() -> World {
        var world = World()
        world.deliverLogLines(["START RequestId: 1 Version: $LATEST", "ERROR boom", "END RequestId: 1"], groupName: group, streamName: streamA)
        world.clock.advance(by: .seconds(1))
        world.deliverLogLines(["INFO hello world", "WARN slow"], groupName: group, streamName: streamB)
        world.clock.advance(by: .seconds(1))
        world.deliverLogLines(["ERROR Task timed out after 3.00 seconds"], groupName: group, streamName: streamA)
        return world
    }

    @Test("describe-log-groups lists groups by name with CloudWatch's fields")
    func describeGroups() throws {
        var world = Self.world()
        try world.createLogGroup(named: "/aws/lambda/another")
        let groups = try world.describeLogGroups()
        #expect(groups.map(\.group.name) == ["/aws/lambda/another", Self.group])
        #expect(groups[1].response["arn"] == .string("arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/my-function:*"))
        #expect(try world.describeLogGroups(prefix: "/aws/lambda/my").count == 1)
    }

    @Test("describe-log-streams orders by name or by last event time")
    func describeStreams() throws {
        let world = Self.world()
        #expect(try world.describeLogStreams(groupName: Self.group).map(\.stream.name) == [Self.streamA, Self.streamB])
        #expect(try world.describeLogStreams(groupName: Self.group, orderBy: .lastEventTime, descending: true).map(\.stream.name) == [Self.streamA, Self.streamB])
        #expect(try world.describeLogStreams(groupName: Self.group, orderBy: .lastEventTime).map(\.stream.name) == [Self.streamB, Self.streamA])
        let error = serviceError { () throws(ServiceError) in
            try world.describeLogStreams(groupName: Self.group, prefix: "2026", orderBy: .lastEventTime)
        }
        #expect(error?.message == "Cannot order by LastEventTime with a logStreamNamePrefix.")
    }

    @Test("get-log-events returns the newest events unless told to start from the head")
    func getEvents() throws {
        let world = Self.world()
        let tail = try world.getLogEvents(groupName: Self.group, streamName: Self.streamA, limit: 2)
        #expect(tail.events.map(\.message) == ["END RequestId: 1", "ERROR Task timed out after 3.00 seconds"])
        let head = try world.getLogEvents(groupName: Self.group, streamName: Self.streamA, limit: 2, startFromHead: true)
        #expect(head.events.map(\.message) == ["START RequestId: 1 Version: $LATEST", "ERROR boom"])
        let next = try world.getLogEvents(groupName: Self.group, streamName: Self.streamA, limit: 2, nextToken: head.nextForwardToken)
        #expect(next.events.map(\.message) == ["END RequestId: 1", "ERROR Task timed out after 3.00 seconds"])
        #expect(head.nextForwardToken.count == 58)
    }

    @Test("Events carry their timestamp and ingestion time from the simulated clock")
    func timestamps() throws {
        let world = Self.world()
        let events = try world.getLogEvents(groupName: Self.group, streamName: Self.streamA).events
        #expect(events.first?.timestamp == VirtualClock.defaultStart.millisecondsSinceEpoch)
        #expect(events.last?.timestamp == VirtualClock.defaultStart.millisecondsSinceEpoch + 2000)
        #expect(events.first?.response.keys == ["timestamp", "message", "ingestionTime"])
    }

    @Test("get-log-events filters by start and end time")
    func timeWindow() throws {
        let world = Self.world()
        let start = VirtualClock.defaultStart.millisecondsSinceEpoch
        let events = try world.getLogEvents(groupName: Self.group, streamName: Self.streamA, startTime: start + 1, endTime: start + 5000).events
        #expect(events.map(\.message) == ["ERROR Task timed out after 3.00 seconds"])
    }

    @Test("Missing groups and streams are reported as CloudWatch does", arguments: [
        ("/aws/lambda/ghost", "x", "The specified log group does not exist."),
        ("/aws/lambda/my-function", "ghost", "The specified log stream does not exist."),
    ])
    func missing(group: String, stream: String, message: String) {
        let world = Self.world()
        let error = serviceError { () throws(ServiceError) in try world.getLogEvents(groupName: group, streamName: stream) }
        #expect(error?.code == "ResourceNotFoundException")
        #expect(error?.message == message)
    }

    @Test("Creating a group or stream twice is refused")
    func duplicates() throws {
        var world = Self.world()
        #expect(serviceError { () throws(ServiceError) in try world.createLogGroup(named: Self.group) }?.message == "The specified log group already exists")
        #expect(serviceError { () throws(ServiceError) in try world.createLogStream(groupName: Self.group, streamName: Self.streamA) }?.message
                == "The specified log stream already exists")
    }

    @Test("put-log-events appends to an existing stream")
    func putEvents() throws {
        var world = World()
        try world.createLogGroup(named: "app")
        try world.createLogStream(groupName: "app", streamName: "s")
        try world.putLogEvents(groupName: "app", streamName: "s", events: [(2, "second"), (1, "first")])
        #expect(try world.getLogEvents(groupName: "app", streamName: "s").events.map(\.message) == ["first", "second"])
    }

    @Test("filter-log-events interleaves streams by time and applies the pattern", arguments: [
        ("", 6),
        ("ERROR", 2),
        ("ERROR boom", 1),
        ("\"Task timed out\"", 1),
        ("?WARN ?boom", 2),
        ("ERROR -boom", 1),
        ("error", 0),
    ])
    func filter(pattern: String, count: Int) throws {
        let world = Self.world()
        let events = try world.filterLogEvents(groupName: Self.group, filterPattern: pattern)
        #expect(events.count == count)
        #expect(events.map(\.event.timestamp) == events.map(\.event.timestamp).sorted())
    }

    @Test("Events from several streams come in time order")
    func interleaved() throws {
        let world = Self.world()
        let streams = try world.filterLogEvents(groupName: Self.group).map(\.logStreamName)
        #expect(streams == [Self.streamA, Self.streamA, Self.streamA, Self.streamB, Self.streamB, Self.streamA])
    }

    @Test("Filter patterns this simulation does not understand are refused plainly", arguments: ["{ $.level = \"ERROR\" }", "[ip, user]", "%ERR.*%"])
    func unsupportedPatterns(pattern: String) {
        let world = Self.world()
        let error = serviceError { () throws(ServiceError) in try world.filterLogEvents(groupName: Self.group, filterPattern: pattern) }
        #expect(error?.code == "InvalidParameterException")
        #expect(error?.message.contains("is not simulated here") == true)
    }

    @Test("tail returns the events since an instant")
    func tail() throws {
        let world = Self.world()
        let since = VirtualClock.defaultStart.advanced(by: .seconds(1))
        #expect(try world.tailLogEvents(groupName: Self.group, since: since).map(\.event.message)
                == ["INFO hello world", "WARN slow", "ERROR Task timed out after 3.00 seconds"])
    }

    @Test("A stream keeps its newest 10,000 events and counts the ones it dropped")
    func retention() throws {
        var world = World()
        let lines = (0..<10_005).map { "line \($0)" }
        world.deliverLogLines(lines, groupName: "g", streamName: "s")
        let stream = try #require(world.logs.groups["g"]?.streams["s"])
        #expect(stream.events.count == LogStream.retainedEventLimit)
        #expect(stream.droppedEventCount == 5)
        #expect(stream.events.first?.message == "line 5")
    }

    @Test("Limits outside 1…10,000 are refused", arguments: [0, 10_001])
    func limits(limit: Int) {
        let world = Self.world()
        let error = serviceError { () throws(ServiceError) in try world.getLogEvents(groupName: Self.group, streamName: Self.streamA, limit: limit) }
        #expect(error?.code == "InvalidParameterException")
    }
}

@Suite("CloudWatch Logs retention and deletion")
struct LogRetentionTests {
    @Test("Retention takes CloudWatch's allowed periods only", arguments: [(1, true), (14, true), (3653, true), (2, false), (0, false), (4000, false)])
    func retention(days: Int, accepted: Bool) throws {
        var world = World()
        try world.createLogGroup(named: "g")
        let error = serviceError { () throws(ServiceError) in try world.putRetentionPolicy(groupName: "g", retentionInDays: days) }
        #expect((error == nil) == accepted)
        if accepted {
            #expect(try world.describeLogGroups()[0].response["retentionInDays"] == .integer(Int64(days)))
            try world.deleteRetentionPolicy(groupName: "g")
            #expect(try world.describeLogGroups()[0].response["retentionInDays"] == nil)
        } else {
            #expect(error?.code == "InvalidParameterException")
        }
    }

    @Test("Groups and streams can be deleted; deleting again says they do not exist")
    func delete() throws {
        var world = World()
        world.deliverLogLines(["x"], groupName: "g", streamName: "s")
        try world.deleteLogStream(groupName: "g", streamName: "s")
        #expect(serviceError { () throws(ServiceError) in try world.deleteLogStream(groupName: "g", streamName: "s") }?.message
                == "The specified log stream does not exist.")
        try world.deleteLogGroup(named: "g")
        #expect(serviceError { () throws(ServiceError) in try world.deleteLogGroup(named: "g") }?.message == "The specified log group does not exist.")
    }

    @Test("Log group names follow CloudWatch's pattern", arguments: ["", "has space", "a:b"])
    func badGroupNames(name: String) {
        var world = World()
        #expect(serviceError { () throws(ServiceError) in try world.createLogGroup(named: name) }?.code == "InvalidParameterException")
    }
}
