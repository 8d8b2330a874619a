import Foundation
import RehearseApp

// `analyze` in its plain shape skips ArgumentParser's start-up; any other
// command line goes to ArgumentParser as always.
if let status = AnalyzeStart.runIfPlainShape(CommandLine.arguments) {
    exit(status)
}
RehearseCommand.main()
