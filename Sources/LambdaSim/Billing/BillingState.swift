// The account's running bill: what each invocation added, priced through the tiers as usage grows.

/// Lambda usage and charges so far (the simulated month never ends: tiers apply to all usage in the world).
public struct BillingState: Hashable, Sendable, Codable {
    public var requests: Int64 = 0
    /// MB × billed ms per architecture (÷ 1,024,000 = GB-seconds).
    public var x86MegabyteMilliseconds: Int64 = 0
    public var armMegabyteMilliseconds: Int64 = 0
    public var requestCost: Money = .zero
    public var durationCost: Money = .zero

    public init() {}

    public var total: Money { requestCost + durationCost }

    /// GB-seconds used, exact as a decimal string (`60000`, `0.125`).
    public var gigabyteSeconds: String {
        let total = x86MegabyteMilliseconds + armMegabyteMilliseconds
        // MB-ms ÷ 1,024,000 has a finite decimal expansion; reuse Money's exact printing.
        let (whole, rest) = total.quotientAndRemainder(dividingBy: PriceTable.megabyteMillisecondsPerGBSecond)
        let fraction = Int128(rest) * Money.unitsPerDollar / Int128(PriceTable.megabyteMillisecondsPerGBSecond)
        return String(Money(units: Int128(whole) * Money.unitsPerDollar + fraction).description.dropFirst())
    }

    func used(_ architecture: Architecture) -> Int64 {
        architecture == .x86_64 ? x86MegabyteMilliseconds : armMegabyteMilliseconds
    }
}

extension World {
    /// Records one invocation's charge on the world's bill, priced after the usage before it (tiers), and
    /// returns it. The invoker calls this once per invocation that started (throttles are not billed).
    @discardableResult
    public mutating func recordCharge(durationMicroseconds: Int64, initMicroseconds: Int64 = 0, memoryMB: Int,
                                      architecture: Architecture, prices: PriceTable = .usEast1) -> InvocationCharge {
        let charge = InvocationCharge(durationMicroseconds: durationMicroseconds, initMicroseconds: initMicroseconds, memoryMB: memoryMB,
                                      architecture: architecture, prices: prices, alreadyUsed: billing.used(architecture))
        billing.requests += 1
        billing.requestCost += charge.requestCost
        billing.durationCost += charge.durationCost
        switch architecture {
        case .x86_64: billing.x86MegabyteMilliseconds += charge.megabyteMilliseconds
        case .arm64: billing.armMegabyteMilliseconds += charge.megabyteMilliseconds
        }
        return charge
    }
}

extension Money: Codable {
    /// Saved as the exact decimal text (`"0.0000002"`), which every JSON reader keeps intact.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let money = Money(decimal: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an amount of dollars: \(text)")
        }
        self = money
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(description.dropFirst()))
    }
}
