using BriefingBot;

if (args.Length > 0 && args[0] == "ingest")
{
    return IngestCommand.Run(args[1..], Console.Out);
}

var app = BriefingBotHost.Build(args);
await app.RunAsync();
return 0;
