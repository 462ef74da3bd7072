import Foundation
import Testing
@testable import LambdaSim

@Suite("Damaged archives")
struct CodePackageRobustnessTests {
    @Test("Every truncation of an archive is read or refused, never a crash")
    func truncations() throws {
        let zip = Fixtures.zip()
        for length in 0..<zip.count {
            do {
                _ = try CodePackage(zipBytes: zip.prefix(length))
            } catch {
                #expect(error.code == "InvalidParameterValueException")
            }
        }
    }

    @Test("Flipped bytes anywhere in an archive are read or refused, never a crash")
    func corruptions() throws {
        let zip = Array(Fixtures.zip())
        for index in zip.indices {
            var damaged = zip
            damaged[index] ^= 0xA5
            do {
                _ = try CodePackage(zipBytes: Data(damaged))
            } catch {
                #expect(error.code == "InvalidParameterValueException")
            }
        }
    }

    @Test("Seeded random damage, including saturated ZIP64 markers, is read or refused, never a crash")
    func randomDamage() throws {
        let zip = Array(try CodePackage.zip(textFiles: [("lambda_function.py", Fixtures.handlerSource), ("pkg/util.py", "x = 1\n"),
                                                         ("data.json", "{}")]))
        var random = SeededRandom(seed: 2026)
        for _ in 0..<3000 {
            var damaged = zip
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let index = Int(random.next() % UInt64(damaged.count))
                if random.next() % 3 == 0 {
                    for offset in 0..<4 where index + offset < damaged.count { damaged[index + offset] = 0xFF }
                } else {
                    damaged[index] = UInt8(truncatingIfNeeded: random.next())
                }
            }
            do {
                _ = try CodePackage(zipBytes: Data(damaged))
            } catch {
                #expect(error.code == "InvalidParameterValueException")
            }
        }
    }

    @Test("Archives the guard passes are the archives ZIPFoundation reads", arguments: [1, 3, 20])
    func guardKeepsGoodArchives(fileCount: Int) throws {
        let files = (0..<fileCount).map { (path: "m\($0).py", text: String(repeating: "x = \($0)\n", count: $0 + 1)) }
        let zip = try CodePackage.zip(textFiles: files)
        #expect(ZipReadGuard.isSafeToRead(zip))
        #expect(try CodePackage(zipBytes: zip).files.count == fileCount)
    }
}
