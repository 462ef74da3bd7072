// Lambda's prices in one place (facts §10), and the cost of an invocation.

/// One tier of duration pricing: usage up to `upToGBSeconds` in the month (cumulative; `nil` = no limit).
public struct PriceTier: Hashable, Sendable {
    public let upToGBSeconds: Int64?
    public let pricePerGBSecond: Money
}

/// Lambda's on-demand prices for one region.
public struct PriceTable: Hashable, Sendable {
    /// Price of one request ($0.20 per million).
    public let requestPrice: Money
    public let x86Tiers: [PriceTier]
    public let armTiers: [PriceTier]

    /// us-east-1 list prices: requests $0.20 per 1M; x86_64 $0.0000166667 / $0.0000150000 / $0.0000133334 per GB-s
    /// (first 6 B, next 9 B, over 15 B GB-s a month); arm64 $0.0000133334 / $0.0000120001 / $0.0000106667
    /// (first 7.5 B, next 11.25 B, over 18.75 B). The free tier is not applied.
    public static let usEast1 = PriceTable(
        requestPrice: Money(decimal: "0.0000002")!,
        x86Tiers: [
            PriceTier(upToGBSeconds: 6_000_000_000, pricePerGBSecond: Money(decimal: "0.0000166667")!),
            PriceTier(upToGBSeconds: 15_000_000_000, pricePerGBSecond: Money(decimal: "0.0000150000")!),
            PriceTier(upToGBSeconds: nil, pricePerGBSecond: Money(decimal: "0.0000133334")!),
        ],
        armTiers: [
            PriceTier(upToGBSeconds: 7_500_000_000, pricePerGBSecond: Money(decimal: "0.0000133334")!),
            PriceTier(upToGBSeconds: 18_750_000_000, pricePerGBSecond: Money(decimal: "0.0000120001")!),
            PriceTier(upToGBSeconds: nil, pricePerGBSecond: Money(decimal: "0.0000106667")!),
        ])

    /// The free tier a month (shared by both architectures): shown to learners, never subtracted here.
    public static let freeTierRequests: Int64 = 1_000_000
    public static let freeTierGBSeconds: Int64 = 400_000

    public func tiers(for architecture: Architecture) -> [PriceTier] {
        architecture == .x86_64 ? x86Tiers : armTiers
    }

    /// 1 GB-s = 1,024 MB × 1,000 ms.
    static let megabyteMillisecondsPerGBSecond: Int64 = 1_024_000

    /// The duration charge for `megabyteMilliseconds` (memory MB × billed ms) of usage, when the month had
    /// already used `alreadyUsed` MB-ms of this architecture before: each part is priced at its tier's rate.
    public func durationCost(megabyteMilliseconds: Int64, architecture: Architecture, alreadyUsed: Int64 = 0) -> Money {
        var cost = Money.zero
        var start = alreadyUsed
        let end = alreadyUsed + megabyteMilliseconds
        for tier in tiers(for: architecture) where start < end {
            let tierEnd = tier.upToGBSeconds.map { $0 * PriceTable.megabyteMillisecondsPerGBSecond } ?? Int64.max
            guard start < tierEnd else { continue }
            let portion = min(end, tierEnd) - start
            guard let part = (tier.pricePerGBSecond * portion).dividedExactly(by: PriceTable.megabyteMillisecondsPerGBSecond) else {
                preconditionFailure("prices with ten decimals divide exactly by 1,024,000")
            }
            cost += part
            start += portion
        }
        return cost
    }
}

/// What one invocation costs, and how the figure arose.
public struct InvocationCharge: Hashable, Sendable {
    /// `Billed Duration`: the run time plus INIT on a cold start, rounded up to the whole millisecond.
    public let billedMilliseconds: Int64
    public let memoryMB: Int
    public let architecture: Architecture
    public let requestCost: Money
    public let durationCost: Money

    public var total: Money { requestCost + durationCost }
    /// MB × billed ms (÷ 1,024,000 gives GB-seconds).
    public var megabyteMilliseconds: Int64 { Int64(memoryMB) * billedMilliseconds }

    /// Billed duration as Lambda computes it: `ceil(Duration + Init Duration)` at 1 ms granularity (INIT is billed on
    /// cold starts since 1 Aug 2025). Durations are in microseconds; `initMicroseconds` is 0 on a warm start.
    public static func billedMilliseconds(durationMicroseconds: Int64, initMicroseconds: Int64 = 0) -> Int64 {
        let total = durationMicroseconds + initMicroseconds
        return max(1, (total + 999) / 1000)
    }

    /// The charge of one invocation at the first tier's price (or priced after `alreadyUsed` MB-ms this month).
    public init(durationMicroseconds: Int64, initMicroseconds: Int64 = 0, memoryMB: Int, architecture: Architecture,
                prices: PriceTable = .usEast1, alreadyUsed: Int64 = 0) {
        billedMilliseconds = InvocationCharge.billedMilliseconds(durationMicroseconds: durationMicroseconds, initMicroseconds: initMicroseconds)
        self.memoryMB = memoryMB
        self.architecture = architecture
        requestCost = prices.requestPrice
        durationCost = prices.durationCost(megabyteMilliseconds: Int64(memoryMB) * billedMilliseconds, architecture: architecture,
                                           alreadyUsed: alreadyUsed)
    }
}
