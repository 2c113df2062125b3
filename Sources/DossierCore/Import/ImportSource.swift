import Foundation

/// Collects import inputs from files, folders (recursively) and `-` for standard input.
public enum ImportSource {
    public static func collect(paths: [String], readStandardInput: () -> Data) -> Result<[ClippingImporter.Input], DossierError> {
        var inputs: [ClippingImporter.Input] = []
        var problems: [Diagnostic] = []
        func add(_ data: Data, name: String, display: String) {
            switch TextFile.decode(data, displayPath: display) {
            case .success(let text): inputs.append(.init(name: name, text: text))
            case .failure(let error): problems += error.diagnostics
            }
        }
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                add(readStandardInput(), name: "stdin", display: "<stdin>")
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(.error(path, "no such file or folder"))
                continue
            }
            let files: [String]
            if isDirectory.boolValue {
                let found = (manager.enumerator(atPath: path)?.allObjects as? [String]) ?? []
                files = found.sorted()
                    .filter { !($0 as NSString).lastPathComponent.hasPrefix(".") }
                    .map { (path as NSString).appendingPathComponent($0) }
                    .filter { var dir: ObjCBool = false; return manager.fileExists(atPath: $0, isDirectory: &dir) && !dir.boolValue }
            } else {
                files = [path]
            }
            for file in files {
                guard let data = manager.contents(atPath: file) else {
                    problems.append(.error(file, "cannot read the file"))
                    continue
                }
                add(data, name: (file as NSString).lastPathComponent, display: file)
            }
        }
        return problems.isEmpty ? .success(inputs) : .failure(DossierError(problems))
    }
}
