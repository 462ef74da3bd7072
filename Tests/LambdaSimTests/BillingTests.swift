import Testing
@testable import LambdaSim

@Suite("Billing")
struct BillingTests {
    @Test("Billed duration rounds up to the whole millisecond and includes INIT", arguments: [
        (Int64(15_740), Int64(0), Int64(16)),
        (15_740, 130_490, 147),
        (1_000, 0, 1),
        (1_001, 0, 2),
        (0, 0, 1),
        (3_000_000, 0, 3000),
    ])
    func billedDuration(duration: Int64, initDuration: Int64, billed: Int64) {
        #expect(InvocationCharge.billedMilliseconds(durationMicroseconds: duration, initMicroseconds: initDuration) == billed)
    }

    @Test("One request costs $0.0000002")
    func requestPrice() {
        #expect(PriceTable.usEast1.requestPrice.description == "$0.0000002")
    }

    @Test("The cost of one invocation is exact, with no floating-point drift", arguments: [
        (Int64(100_000), 128, Architecture.x86_64, "$0.0000002083337500"),
        (100_000, 128, .arm64, "$0.0000001666675000"),
        (1_000_000, 1024, .x86_64, "$0.0000166667000000"),
    ])
    func durationCost(duration: Int64, memory: Int, architecture: Architecture, expected: String) {
        let charge = InvocationCharge(durationMicroseconds: duration, memoryMB: memory, architecture: architecture)
        #expect(charge.durationCost.formatted(decimals: 16) == expected)
    }

    @Test("The facts sheet's example: 1M invokes of 120 ms at 512 MB cost $1.00 of duration plus $0.20 of requests")
    func factsExample() {
        let charge = InvocationCharge(durationMicroseconds: 120_000, memoryMB: 512, architecture: .x86_64)
        let total = charge.durationCost * 1_000_000
        #expect(total.formatted(decimals: 2) == "$1.00")
        #expect((charge.requestCost * 1_000_000).description == "$0.2")
        #expect(charge.megabyteMilliseconds == 61_440)
    }

    @Test("Doubling memory for a CPU-bound handler that halves its duration keeps the cost")
    func memoryTradeOff() {
        let small = InvocationCharge(durationMicroseconds: 800_000, memoryMB: 512, architecture: .x86_64)
        let large = InvocationCharge(durationMicroseconds: 400_000, memoryMB: 1024, architecture: .x86_64)
        #expect(small.durationCost == large.durationCost)
    }

    @Test("Usage past a tier boundary is priced at the next tier's rate")
    func tiers() {
        let prices = PriceTable.usEast1
        let boundary = 6_000_000_000 * Int64(1_024_000)
        let oneGBSecond = Int64(1_024_000)
        let first = prices.durationCost(megabyteMilliseconds: oneGBSecond, architecture: .x86_64, alreadyUsed: 0)
        let second = prices.durationCost(megabyteMilliseconds: oneGBSecond, architecture: .x86_64, alreadyUsed: boundary)
        let straddling = prices.durationCost(megabyteMilliseconds: 2 * oneGBSecond, architecture: .x86_64, alreadyUsed: boundary - oneGBSecond)
        #expect(first.description == "$0.0000166667")
        #expect(second.description == "$0.000015")
        #expect(straddling == first + second)
    }

    @Test("Money parses and prints decimals exactly", arguments: [
        ("0.20", "$0.2", "$0.20"), ("12", "$12", "$12.00"), ("0.005", "$0.005", "$0.01"), ("0.0049", "$0.0049", "$0.00"),
    ])
    func money(text: String, description: String, cents: String) throws {
        let money = try #require(Money(decimal: text))
        #expect(money.description == description)
        #expect(money.formatted(decimals: 2) == cents)
    }

    @Test("Malformed amounts are refused", arguments: ["", ".5", "1.", "1e3", "-1", "0.0000000000000000000000001"])
    func badMoney(text: String) {
        #expect(Money(decimal: text) == nil)
    }
}

@Suite("The world's bill")
struct BillingStateTests {
    @Test("Each recorded invocation adds a request and its GB-seconds")
    func record() {
        var world = World()
        let charge = world.recordCharge(durationMicroseconds: 120_000, initMicroseconds: 250_000, memoryMB: 512, architecture: .x86_64)
        world.recordCharge(durationMicroseconds: 1_000_000, memoryMB: 1024, architecture: .arm64)
        #expect(charge.billedMilliseconds == 370)
        #expect(world.billing.requests == 2)
        #expect(world.billing.requestCost.description == "$0.0000004")
        #expect(world.billing.gigabyteSeconds == "1.185")
        #expect(world.billing.total == world.billing.requestCost + world.billing.durationCost)
    }

    @Test("The bill survives a snapshot exactly")
    func snapshot() throws {
        var world = World()
        world.recordCharge(durationMicroseconds: 1_234_567, memoryMB: 1769, architecture: .x86_64)
        let restored = try World(snapshot: try world.snapshot())
        #expect(restored.billing == world.billing)
    }
}
