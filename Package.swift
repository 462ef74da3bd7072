// swift-tools-version:6.0
// Lambda Workbook: learn AWS Lambda by doing, against an in-process simulation.
// Module map and boundaries: see README.md ("Architecture") and the design notes.
import PackageDescription

let package = Package(
    name: "LambdaWorkbook",
    products: [
        .executable(name: "lambda-workbook", targets: ["lambda-workbook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // libedit, through pkg-config; the only importer is LineEditing.
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "LineEditing", dependencies: ["CLibEdit"]),
        .target(name: "MiniPython", dependencies: [.product(name: "BigInt", package: "BigInt")]),
        .target(name: "IAM"),
        .target(
            name: "LambdaSim",
            dependencies: [
                "MiniPython", "IAM",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "AWSCommandLine", dependencies: ["LambdaSim"]),
        .target(
            name: "Workbook",
            dependencies: [
                "LambdaSim", "MiniPython",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "Shell", dependencies: ["Workbook", "AWSCommandLine", "LambdaSim", "MiniPython", "LineEditing"]),
        .executableTarget(
            name: "lambda-workbook",
            dependencies: [
                "Shell", "LineEditing", "MiniPython",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // scripts/bench-invoke: warm invokes per second through the whole invoke path (release build).
        .executableTarget(name: "bench-invoke", dependencies: ["LambdaSim", "MiniPython"], path: "Sources/BenchInvoke"),

        // Shared by every test target: transcript replay, diffs, running the built binary.
        .target(name: "WorkbookTestSupport", dependencies: ["Shell", "LineEditing"], path: "Sources/WorkbookTestSupport"),

        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing", "WorkbookTestSupport"]),
        .testTarget(name: "MiniPythonTests", dependencies: ["MiniPython"], exclude: ["Conformance"]),
        .testTarget(name: "IAMTests", dependencies: ["IAM"]),
        .testTarget(name: "LambdaSimTests", dependencies: ["LambdaSim"]),
        .testTarget(name: "AWSCommandLineTests", dependencies: ["AWSCommandLine"]),
        .testTarget(name: "WorkbookTests", dependencies: ["Workbook", "WorkbookTestSupport"]),
        .testTarget(
            name: "ShellTests",
            dependencies: ["Shell", "WorkbookTestSupport"],
            exclude: ["Transcripts"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["lambda-workbook", "WorkbookTestSupport"]
        ),
    ]
)
