import Foundation

/// Runs `git` with a private repository and index, never touching the user's own checkout.
struct GitCommand {
    let gitDirectory: URL
    var environment: [String: String] = [:]

    struct Failure: Error, CustomStringConvertible {
        var arguments: [String]
        var message: String
        var description: String { "git \(arguments.joined(separator: " ")): \(message)" }
    }

    /// Standard output, trimmed; throws with git's own message on a non-zero exit.
    @discardableResult
    func run(_ arguments: [String], input: Data? = nil, workTree: URL? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        var prefix = ["git", "--git-dir", gitDirectory.path]
        if let workTree { prefix += ["--work-tree", workTree.path] }
        process.arguments = prefix + arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        env["GIT_TERMINAL_PROMPT"] = "0"  // fail instead of waiting for a password
        process.environment = env
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(arguments: arguments, message: String(decoding: err, as: UTF8.self).trimmingSpaces)
        }
        return String(decoding: out, as: UTF8.self).trimmingSpaces
    }
}
