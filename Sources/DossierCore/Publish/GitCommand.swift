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
        var prefix = ["git", "--git-dir", gitDirectory.path]
        if let workTree { prefix += ["--work-tree", workTree.path] }
        var env = environment
        env["GIT_TERMINAL_PROMPT"] = "0"  // fail instead of waiting for a password
        let result = try Subprocess.run(prefix + arguments, environment: env, input: input)
        guard result.status == 0 else { throw Failure(arguments: arguments, message: result.errors.trimmingSpaces) }
        return result.output.trimmingSpaces
    }
}
