using ModelCatalog.Cli;

return CliApp.Run(args, CliEnvironment.FromConsole());
