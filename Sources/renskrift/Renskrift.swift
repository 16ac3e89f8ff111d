import ArgumentParser
import Foundation
import RenskriftKit

@main
struct Renskrift: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renskrift",
        abstract: "Turns scanned Swedish meeting protocols into clean, correct, structured documents.",
        version: RenskriftVersion.current,
        subcommands: [
            ConvertCommand.self,
            BatchCommand.self,
            StatusCommand.self,
            StructureEvalCommand.self,
            RepairCommand.self,
            ExplainCommand.self,
            EvalCommand.self,
            LearnCommand.self,
        ]
    )

    static func main() async {
        OpenMP.limitThreadsOrReexec()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as RenskriftError {
            FileHandle.standardError.write(Data("renskrift: \(error.errorDescription ?? error.reason)\n".utf8))
            Foundation.exit(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            // Help and version arrive as "errors" with status 0 and go to standard output.
            let message = fullMessage(for: error)
            if !message.isEmpty {
                let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data((message + "\n").utf8))
            }
            // ArgumentParser uses EX_USAGE (64) for usage errors; the documented status is 2.
            Foundation.exit(code == .validationFailure ? ExitCodes.usage : code.rawValue)
        }
    }
}

extension RenskriftError {
    /// The documented exit status for an error that stops a command as a whole.
    var exitCode: Int32 {
        switch self {
        case .languageDataMissing, .modelMissing, .invalidModel, .invalidRules: return ExitCodes.setup
        case .invalidArgument: return ExitCodes.usage
        default: return ExitCodes.someFailed
        }
    }
}

/// Debian's libtesseract uses OpenMP; with one engine per core, OpenMP's own threads only add contention.
enum OpenMP {
    /// libgomp reads OMP_THREAD_LIMIT once, when it is loaded, so a process that lacks it restarts itself with it.
    static func limitThreadsOrReexec() {
        guard getenv("OMP_THREAD_LIMIT") == nil else { return }
        setenv("OMP_THREAD_LIMIT", "1", 1)
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return }
        execv(buffer, CommandLine.unsafeArgv)
        // Reaching here means exec failed; go on with OpenMP's defaults rather than not at all.
    }
}
