import ArgumentParser
import DossierServer
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site with live reload: builds into a private folder, rebuilds on every change.")

    @OptionGroup var source: SourceOptions

    @Option(help: "The port to listen on.") var port = 1313
    @Option(help: "The address to listen on. Only 127.0.0.1 is private to this machine.") var host = "127.0.0.1"
    @Flag(help: "Open the preview in the default browser.") var open = false
    @Flag(help: "Print each rebuild's stage timings.") var verbose = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
    }

    func run() async throws {
        let logger = ConsoleLogHandler.logger(verbose: verbose)
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            logger.warning("warning: listening on \(host): anyone who can reach this machine can read the preview")
        }
        var server = PreviewServer(source: source.url, logger: logger)
        server.host = host
        server.port = port
        let open = self.open
        do {
            try await server.run { address in
                // Written straight to standard output: tools wait for this line, unbuffered.
                FileHandle.standardOutput.write(Data("Serving \(address) (Ctrl-C to stop)\n".utf8))
                if open { Self.openBrowser(address) }
            }
        } catch let busy as PreviewServer.PortBusy {
            logger.error("error: \(busy)")
            throw ExitCode.failure
        }
    }

    static func openBrowser(_ address: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", address]
        try? process.run()
    }
}
