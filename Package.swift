// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "FilRouge",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "filrouge", targets: ["filrouge"]),
        .library(name: "FilRougeCore", targets: ["FilRougeCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // The model, loading, grading, dialogue and transcripts: text in, values out, no I/O of its own.
        .target(
            name: "FilRougeCore",
            dependencies: ["FilRougeDictionary", .product(name: "Yams", package: "Yams")]
        ),
        // Hunspell, the spell checker of LibreOffice and Firefox: lemmas and spelling for the reader.
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev"])]
        ),
        // The installed Hunspell dictionaries (Debian's hunspell-fr and hunspell-en-us), found and
        // opened: the only code of the reader that touches files.
        .target(
            name: "FilRougeDictionary",
            dependencies: ["CHunspell"]
        ),
        // GNU readline, for line editing, history and completion at the prompt.
        .systemLibrary(
            name: "CReadline",
            pkgConfig: "readline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // What touches the terminal and the file system: line readers, paths, transcript files, rendering.
        .target(
            name: "FilRougeConsole",
            dependencies: ["FilRougeCore", "CReadline", "CCurlLoader"]
        ),
        // libcurl, for the learning record store, loaded only when a command talks to one: linked,
        // it and the libraries it needs would be loaded at every start (Debian's libcurl4; its
        // header comes from libcurl4-openssl-dev).
        .target(
            name: "CCurlLoader",
            linkerSettings: [.linkedLibrary("dl")]
        ),
        // The scenarios of `scenarios/`, compiled into the binary so that `filrouge play` works anywhere.
        .target(
            name: "FilRougeScenarios",
            plugins: ["EmbedScenarios"]
        ),
        .executableTarget(name: "ScenarioEmbedder"),
        .plugin(
            name: "EmbedScenarios",
            capability: .buildTool(),
            dependencies: ["ScenarioEmbedder"]
        ),
        .executableTarget(
            name: "filrouge",
            dependencies: [
                "FilRougeCore",
                "FilRougeConsole",
                "FilRougeDictionary",
                "FilRougeScenarios",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: the checkout's folders, temporary folders, running a program,
        // JSON values, transcripts played by the engine, and the one golden-file helper
        // (`FILROUGE_UPDATE_GOLDEN=1 swift test` rewrites the golden files).
        .target(
            name: "FilRougeTestSupport",
            dependencies: ["FilRougeCore"],
            path: "Tests/FilRougeTestSupport"
        ),
        .testTarget(
            name: "FilRougeCoreTests",
            dependencies: ["FilRougeCore", "FilRougeScenarios", "FilRougeTestSupport", .product(name: "Yams", package: "Yams")],
            exclude: ["Fixtures", "StemmerData"]
        ),
        .testTarget(
            name: "FilRougeConsoleTests",
            dependencies: ["FilRougeConsole", "FilRougeCore", "FilRougeTestSupport"]
        ),
        .testTarget(
            name: "FilRougeDictionaryTests",
            dependencies: ["FilRougeDictionary", "FilRougeCore", "FilRougeTestSupport"]
        ),
        .testTarget(
            name: "FilRougeEndToEndTests",
            dependencies: ["filrouge", "FilRougeTestSupport"],
            exclude: ["Fixtures"]
        ),
    ]
)
