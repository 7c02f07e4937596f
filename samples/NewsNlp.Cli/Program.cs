return NewsNlp.Cli.CliApp.Run(args, Console.In, Console.Out, Console.Error);
