// time: simulated clock; sleeping advances it.
import Foundation

extension Runtime {
    package func virtualNow() -> Double { host.now(steps: steps) }

    package func sleep(_ seconds: Double) throws {
        if seconds < 0 { throw valueError("sleep length must be non-negative") }
        if let d = host.deadlineSeconds {
            let elapsed = host.sleptSeconds + Double(steps) * Double(host.nanosecondsPerStep) / 1e9
            if elapsed + seconds >= d {
                let remaining = max(d - elapsed, 0)
                host.sleptSeconds += remaining
                host.clock.advance(seconds: remaining)
                host.deadlineHit = true
                throw Halt.deadlineExceeded
            }
        }
        host.sleptSeconds += seconds
        host.clock.advance(seconds: seconds)
        setStepLimit(host.stepLimit())
    }

    func structTime(_ t: Double) -> Value {
        let secs = Int(t.rounded(.down))
        var days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400
        let rem = secs - days * 86400
        let (y, m, d) = civilFromDays(days)
        let wday = ((days % 7) + 7 + 3) % 7  // 1970-01-01 was a Thursday (3 when Monday is 0)
        days = daysFromCivil(y, m, d) - daysFromCivil(y, 1, 1) + 1
        let tup = PyTuple([.int(y), .int(m), .int(d), .int(rem / 3600), .int(rem % 3600 / 60), .int(rem % 60), .int(wday), .int(days), .int(0)])
        tup.customType = try? structTimeType()
        return .object(tup)
    }

    func makeTimeModule() throws -> PyModule {
        try makeModule("time") { g in
            g["time"] = function("time") { rt, _, _ in .float(rt.virtualNow()) }
            g["time_ns"] = function("time_ns") { rt, _, _ in .int(Int(rt.virtualNow() * 1e9)) }
            g["monotonic"] = function("monotonic") { rt, _, _ in .float(rt.virtualNow() - rt.host.startTime + 1000) }
            g["perf_counter"] = function("perf_counter") { rt, _, _ in .float(rt.virtualNow() - rt.host.startTime + 1000) }
            g["monotonic_ns"] = function("monotonic_ns") { rt, _, _ in .int(Int((rt.virtualNow() - rt.host.startTime + 1000) * 1e9)) }
            g["perf_counter_ns"] = function("perf_counter_ns") { rt, _, _ in .int(Int((rt.virtualNow() - rt.host.startTime + 1000) * 1e9)) }
            g["process_time"] = function("process_time") { rt, _, _ in .float(Double(rt.steps) * Double(rt.host.nanosecondsPerStep) / 1e9) }
            g["sleep"] = function("sleep") { rt, a, kw in
                try Args(rt, "sleep", a, kw).exactly(1)
                try rt.sleep(try rt.floatArg(a[0], "sleep"))
                return .none
            }
            g["gmtime"] = function("gmtime") { rt, a, kw in
                rt.structTime(a.first.flatMap { $0.isNone ? nil : $0 }.map { (try? rt.floatArg($0, "gmtime")) ?? 0 } ?? rt.virtualNow())
            }
            g["localtime"] = g["gmtime"]
            g["strftime"] = function("strftime") { rt, a, kw in
                let fmt = try rt.str(a[0])
                let parts = try rt.toArray(a.count > 1 ? a[1] : rt.structTime(rt.virtualNow())).map { try rt.intArgument($0) }
                return .string(try rt.strftime(fmt, year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4], second: parts[5], microsecond: 0, weekday: parts[6], yearDay: parts[7], utcOffset: nil, tzName: "UTC"))
            }
            g["struct_time"] = .object(try structTimeType())
            g["mktime"] = function("mktime") { rt, a, kw in
                let p = try rt.toArray(a[0]).map { try rt.intArgument($0) }
                return .float(Double(daysFromCivil(p[0], p[1], p[2]) * 86400 + p[3] * 3600 + p[4] * 60 + p[5]))
            }
            g["timezone"] = .int(0)
            g["tzname"] = .object(PyTuple([.string("UTC"), .string("UTC")]))
        }
    }

    package func strftime(_ fmt: String, year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, microsecond: Int,
                          weekday: Int, yearDay: Int, utcOffset: Int?, tzName: String?) throws -> String {
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        func p(_ n: Int, _ w: Int = 2) -> String { String(n).leftPadded(to: w, with: "0") }
        var out = ""
        var it = Array(fmt)
        var i = 0
        while i < it.count {
            let c = it[i]
            if c != "%" || i + 1 >= it.count { out.append(c); i += 1; continue }
            let d = it[i + 1]
            i += 2
            switch d {
            case "Y": out += String(year).leftPadded(to: 4, with: "0")
            case "y": out += p(year % 100)
            case "m": out += p(month)
            case "d": out += p(day)
            case "H": out += p(hour)
            case "I": out += p(hour % 12 == 0 ? 12 : hour % 12)
            case "p": out += hour < 12 ? "AM" : "PM"
            case "M": out += p(minute)
            case "S": out += p(second)
            case "f": out += p(microsecond, 6)
            case "a": out += String(days[weekday].prefix(3))
            case "A": out += days[weekday]
            case "b", "h": out += String(months[month - 1].prefix(3))
            case "B": out += months[month - 1]
            case "j": out += p(yearDay, 3)
            case "w": out += String((weekday + 1) % 7)
            case "U": out += p((yearDay - 1 + 7 - (weekday + 1) % 7) / 7)
            case "W": out += p((yearDay - 1 + 7 - weekday) / 7)
            case "u": out += String(weekday + 1)
            case "z":
                if let off = utcOffset {
                    let sign = off < 0 ? "-" : "+"
                    let a = abs(off)
                    out += sign + p(a / 3600) + p(a % 3600 / 60)
                    if a % 60 != 0 { out += p(a % 60) }
                }
            case "Z": out += tzName ?? ""
            case "%": out += "%"
            case "c": out += "\(days[weekday].prefix(3)) \(months[month - 1].prefix(3)) \(String(day).leftPadded(to: 2, with: " ")) \(p(hour)):\(p(minute)):\(p(second)) \(year)"
            case "x": out += "\(p(month))/\(p(day))/\(p(year % 100))"
            case "X": out += "\(p(hour)):\(p(minute)):\(p(second))"
            case "D": out += "\(p(month))/\(p(day))/\(p(year % 100))"
            case "F": out += "\(String(year).leftPadded(to: 4, with: "0"))-\(p(month))-\(p(day))"
            case "T": out += "\(p(hour)):\(p(minute)):\(p(second))"
            case "e": out += String(day).leftPadded(to: 2, with: " ")
            default: out += "%" + String(d)
            }
        }
        it = []
        return out
    }
}

/// Days since 1970-01-01 for a proleptic Gregorian date.
package func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
}

package func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let y = yoe + era * 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp + (mp < 10 ? 3 : -9)
    return (m <= 2 ? y + 1 : y, m, d)
}
