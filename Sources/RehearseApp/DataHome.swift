import Foundation

/// Where Rehearse keeps what users type: `$REHEARSE_HOME`, else
/// `$XDG_DATA_HOME/rehearse`, else `~/.local/share/rehearse`. The folder is
/// 0700 and files in it 0600: it holds what clients wrote about their lives.
enum DataHome {
    static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = environment["REHEARSE_HOME"], !home.isEmpty { return home }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return (xdg as NSString).appendingPathComponent("rehearse")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/rehearse")
    }

    /// Makes the folder (0700) if needed and returns it; nil when it cannot be made.
    static func prepare(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = folder(environment: environment)
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
            return path
        } catch {
            return nil
        }
    }

    static func historyFile(in folder: String) -> String {
        (folder as NSString).appendingPathComponent("history")
    }
}
