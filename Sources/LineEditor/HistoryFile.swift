import Glibc

/// File-system chores for the history file, which holds what clients typed.
enum HistoryFile {
    /// Creates the folder that will hold `path` (and any missing parents) as 0700.
    ///
    /// Only folders made here are chmod'ed; an existing folder keeps its mode.
    static func makeFolder(for path: String) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        guard !folder.isEmpty else { return }
        makeFolderAndParents(folder)
    }

    private static func makeFolderAndParents(_ folder: String) {
        var status = stat()
        if stat(folder, &status) == 0 { return }
        if let slash = folder.lastIndex(of: "/"), slash != folder.startIndex {
            makeFolderAndParents(String(folder[..<slash]))
        }
        if mkdir(folder, 0o700) == 0 {
            // A umask could have taken bits away; the mode must be exact.
            chmod(folder, 0o700)
        }
    }

    /// Makes the file readable and writable by its owner only.
    static func restrictToOwner(_ path: String) {
        chmod(path, 0o600)
    }
}
