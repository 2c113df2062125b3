import Foundation

/// The default theme (the repository's templates/), built into the binary for `dossier new`.
public enum DefaultTheme {
    /// Every file of the theme: path below `templates/` and its bytes.
    public static var files: [(path: String, data: Data)] {
        encodedFiles.compactMap { entry in Data(base64Encoded: entry.base64).map { (entry.path, $0) } }
    }
}
