import Foundation
import Logging

/// Plain terminal output for swift-log: messages as they are, on standard error, without
/// timestamps, so `file:line: error: …` lines stay clickable in editors.
struct ConsoleLogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        FileHandle.standardError.write(Data("\(event.message)\n".utf8))
    }

    static func logger(verbose: Bool) -> Logger {
        Logger(label: "dossier") { _ in ConsoleLogHandler(logLevel: verbose ? .debug : .info) }
    }
}
