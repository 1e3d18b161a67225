using KazReports.Cli;

return KazCli.Run(args, Console.Out, Console.Error);
