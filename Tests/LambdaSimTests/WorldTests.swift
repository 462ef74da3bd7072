import Testing
@testable import LambdaSim

@Suite("The simulated world")
struct WorldTests {
    @Test("The clock starts at 2026-01-01T00:00:00Z and moves only when told")
    func clock() {
        var clock = VirtualClock()
        #expect(clock.now.description == "2026-01-01T00:00:00.000Z")
        clock.advance(by: SimulatedDuration(parsing: "1h30m")!)
        clock.advance(by: .seconds(5))
        #expect(clock.now.description == "2026-01-01T01:30:05.000Z")
    }

    @Test("Durations parse as learners type them", arguments: [
        ("500ms", 500), ("30s", 30_000), ("10m", 600_000), ("2h", 7_200_000), ("1d", 86_400_000), ("1h30m", 5_400_000),
    ] as [(String, Int64)])
    func durations(text: String, milliseconds: Int64) {
        #expect(SimulatedDuration(parsing: text)?.milliseconds == milliseconds)
    }

    @Test("Malformed durations are refused", arguments: ["", "10", "m", "10x", "-5s", "1.5s", "99999999999999999999d"])
    func badDurations(text: String) {
        #expect(SimulatedDuration(parsing: text) == nil)
    }

    @Test("Durations print in their largest units")
    func durationText() {
        #expect(SimulatedDuration(milliseconds: 150_250).description == "2m 30s 250ms")
        #expect(SimulatedDuration(milliseconds: 0).description == "0s")
    }

    @Test("Calendar dates are right across leap years and before the epoch", arguments: [
        (Int64(0), "1970-01-01T00:00:00.000Z"),
        (951_782_400_000, "2000-02-29T00:00:00.000Z"),
        (1_709_164_799_999, "2024-02-28T23:59:59.999Z"),
        (-1, "1969-12-31T23:59:59.999Z"),
    ])
    func civil(milliseconds: Int64, text: String) {
        #expect(SimulatedInstant(millisecondsSinceEpoch: milliseconds).description == text)
    }

    @Test("The same seed gives the same ids; another seed gives others")
    func seeded() {
        var a = SeededRandom(seed: 7), b = SeededRandom(seed: 7), c = SeededRandom(seed: 8)
        let first = (a.uuid(), a.hexDigits(32))
        #expect(first == (b.uuid(), b.hexDigits(32)))
        #expect(first.0 != c.uuid())
    }

    @Test("Request ids are version-4 UUIDs in canonical form")
    func uuidShape() {
        var random = SeededRandom(seed: 1)
        for _ in 0..<100 {
            let id = Array(random.uuid())
            #expect(id.count == 36)
            #expect(id[8] == "-" && id[13] == "-" && id[18] == "-" && id[23] == "-")
            #expect(id[14] == "4")
            #expect("89ab".contains(id[19]))
            #expect(id.allSatisfy { "0123456789abcdef-".contains($0) })
        }
    }

    @Test("The default world is account 123456789012 in us-east-1")
    func defaults() {
        let world = World()
        #expect(world.account.rawValue == "123456789012")
        #expect(world.region.rawValue == "us-east-1")
        #expect(AccountID("12345") == nil)
    }
}
