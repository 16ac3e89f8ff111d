import ArgumentParser
import RenskriftKit

@main
struct Renskrift: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renskrift",
        abstract: "Turns scanned Swedish meeting protocols into clean, correct, structured documents.",
        version: RenskriftVersion.current,
        subcommands: [
            // Each command lives in Commands/ and only parses options and calls RenskriftKit.
        ]
    )
}
