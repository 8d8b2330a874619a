// swift-tools-version:6.0
import PackageDescription

// Layers (arrows point down only):
//   rehearse (executable) → RehearseApp (commands, REPL, rendering)
//   LineEditor (only importer of CReadline) · Engine · Scoring
//   Scenarios (format, loader, diagnostics) → Analysis (text → cues; pure, no I/O)
let package = Package(
    name: "Rehearse",
    products: [
        .executable(name: "rehearse", targets: ["rehearse"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // pkgConfig is left out on purpose: with it every build warns about tinfo.pc's flags.
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        .target(name: "LineEditor", dependencies: ["CReadline"]),
        .target(name: "Analysis"),
        .target(name: "Scenarios", dependencies: ["Analysis", "Yams"]),
        .target(name: "Engine", dependencies: ["Scenarios", "Analysis"]),
        .target(name: "Scoring", dependencies: ["Scenarios", "Analysis"]),
        .target(name: "ScenarioTesting", dependencies: ["Engine", "Scoring", "Scenarios", "Analysis", "Yams"]),
        .target(
            name: "RehearseApp",
            dependencies: [
                "LineEditor", "Engine", "Scoring", "Scenarios", "Analysis", "ScenarioTesting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "rehearse", dependencies: ["RehearseApp"]),
        // Spawning `rehearse` for the end-to-end tests and the bench; not linked into the app.
        .target(name: "ChildProcessSupport"),

        .testTarget(name: "AnalysisTests", dependencies: ["Analysis"]),
        .testTarget(name: "ScenariosTests", dependencies: ["Scenarios", "Scoring"], resources: [.copy("Fixtures")]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "Scenarios"]),
        .testTarget(name: "ScoringTests", dependencies: ["Scoring", "Analysis"]),
        .testTarget(name: "ScenarioTestingTests", dependencies: ["ScenarioTesting", "Scenarios", "Scoring"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"]),
        .testTarget(name: "RehearseAppTests", dependencies: ["RehearseApp"]),
        .testTarget(name: "EndToEndTests", dependencies: ["rehearse", "ChildProcessSupport"], resources: [.copy("Transcripts")]),
        .executableTarget(name: "rehearse-bench", dependencies: ["Engine", "Scoring", "Scenarios", "Analysis", "ChildProcessSupport"], path: "Benchmarks/RehearseBench"),
    ]
)
