import ArchlintCommands
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses the command line, runs the command, prints its output and exits with its status.
func run(_ arguments: [String]) -> CommandOutcome {
    var parser = ArgumentParser(arguments.dropFirst())
    let environment = ProcessEnvironment.variables
    let workingDirectory = ProcessEnvironment.currentDirectory
    guard let command = parser.nextPositional() else {
        // A bare `archlint` is a usage error: a CI step that runs it alone must not pass.
        if parser.isEmpty { return CommandOutcome(stderr: HelpText.main, exitCode: CommandOutcome.errorExitCode) }
        do throws(ArgumentParser.UsageError) {
            if let option = try parser.nextOption(valued: [], flags: ["--version", "--help", "-h"]) {
                if option.name == "--version" { return CommandOutcome(stdout: "archlint \(ArchlintVersion.current)\n", exitCode: 0) }
                return CommandOutcome(stdout: HelpText.main, exitCode: 0)
            }
        } catch {
            return usage(error.message, help: "archlint --help")
        }
        return CommandOutcome(stdout: HelpText.main, exitCode: 0)
    }
    do throws(ArgumentParser.UsageError) {
        switch command {
        case "check":
            var options = CheckOptions(workingDirectory: workingDirectory)
            while let (name, value) = try parser.nextOption(
                valued: ["--config", "--contract", "--format", "--color", "--baseline", "--cache-dir"],
                flags: ["--show-timings", "--no-cache", "--help", "-h"]) {
                switch name {
                case "--no-cache": options.cacheEnabled = false
                case "--cache-dir": options.cacheDirectory = value
                case "--baseline": options.baselinePath = value
                case "--config": options.configPath = value
                case "--contract": options.contractIDs.append(value!)
                case "--format": options.format = try ArgumentParser.choice(value!, for: name)
                case "--color": options.color = try ArgumentParser.choice(value!, for: name)
                case "--show-timings": options.showTimings = true
                default: return CommandOutcome(stdout: HelpText.check, exitCode: 0)
                }
            }
            return CheckCommand.run(options, environment: environment, stdoutIsTerminal: isatty(STDOUT_FILENO) == 1)
        case "graph":
            var options = GraphOptions(workingDirectory: workingDirectory)
            while let (name, value) = try parser.nextOption(
                valued: ["--config", "--format", "--module", "--depth", "--externals", "--cache-dir"], flags: ["--no-cache", "--help", "-h"]) {
                switch name {
                case "--no-cache": options.cacheEnabled = false
                case "--cache-dir": options.cacheDirectory = value
                case "--externals": options.externals = try ArgumentParser.choice(value!, for: name)
                case "--depth":
                    guard let depth = Int(value!), depth > 0 else {
                        throw ArgumentParser.UsageError(message: "option --depth: '\(value!)' is not a whole number of at least 1")
                    }
                    options.depth = depth
                case "--config": options.configPath = value
                case "--format": options.format = try ArgumentParser.choice(value!, for: name)
                case "--module": options.modules.append(value!)
                default: return CommandOutcome(stdout: HelpText.graph, exitCode: 0)
                }
            }
            return GraphCommand.run(options)
        case "explore":
            var options = GraphOptions(workingDirectory: workingDirectory)
            while let (name, value) = try parser.nextOption(
                valued: ["--config", "--module", "--cache-dir"], flags: ["--no-cache", "--help", "-h"]) {
                switch name {
                case "--no-cache": options.cacheEnabled = false
                case "--cache-dir": options.cacheDirectory = value
                case "--config": options.configPath = value
                case "--module": options.modules.append(value!)
                default: return CommandOutcome(stdout: HelpText.explore, exitCode: 0)
                }
            }
            return ExploreCommand.run(options, environment: environment)
        case "baseline":
            var options = BaselineOptions(workingDirectory: workingDirectory)
            while let (name, value) = try parser.nextOption(valued: ["--config", "--output", "--cache-dir"], flags: ["--no-cache", "--help", "-h"]) {
                switch name {
                case "--no-cache": options.cacheEnabled = false
                case "--cache-dir": options.cacheDirectory = value
                case "--config": options.configPath = value
                case "--output": options.output = value
                default: return CommandOutcome(stdout: HelpText.baseline, exitCode: 0)
                }
            }
            return BaselineCommand.run(options)
        case "init":
            var force = false
            while let (name, _) = try parser.nextOption(valued: [], flags: ["--force", "--help", "-h"]) {
                if name == "--force" { force = true } else { return CommandOutcome(stdout: HelpText.initialize, exitCode: 0) }
            }
            return InitCommand.run(workingDirectory: workingDirectory, force: force)
        case "help":
            return CommandOutcome(stdout: HelpText.main, exitCode: 0)
        default:
            return usage("unknown command '\(command)' (commands: check, graph, explore, baseline, init)", help: "archlint --help")
        }
    } catch {
        return usage(error.message, help: "archlint \(command) --help")
    }
}

func usage(_ message: String, help: String) -> CommandOutcome {
    CommandOutcome(stderr: "error: \(message)\nSee '\(help)'.\n", exitCode: CommandOutcome.errorExitCode)
}

// A global: what `heldUntilExit` holds is released by `exit`, never freed piece by piece.
let outcome = run(CommandLine.arguments)
CommandLineSupport.write(outcome.stdout, to: STDOUT_FILENO)
CommandLineSupport.write(outcome.stderr, to: STDERR_FILENO)
exit(outcome.exitCode)
